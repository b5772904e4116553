import "server-only";
import { huggingFaceModelSchema, mapHuggingFaceModel } from "@/lib/intake/huggingface-model";
import type { ServiceImport } from "./civitai-client";
import { huggingFaceService } from "./intake-config";
import { fetchServiceJson } from "./outbound-fetch";

// The Hub's model info with file metadata (GET /api/models/{repo_id}?blobs=true): `cardData` is the
// model card's YAML, `siblings[].lfs` the LFS files' SHA-256 and size.

const PAGE_BASE = "https://huggingface.co";

export async function importFromHuggingFace(repoId: string): Promise<ServiceImport> {
  const config = huggingFaceService();
  if (!config.ok) return { ok: false, problem: { kind: "UNREACHABLE", message: config.message } };
  const service = config.service;
  const url = new URL(`${service.base.pathname.replace(/\/$/, "")}/api/models/${repoId.split("/").map(encodeURIComponent).join("/")}`, service.base);
  url.searchParams.set("blobs", "true");

  const result = await fetchServiceJson(service, url);
  if (!result.ok) {
    // The Hub answers 401 for missing, private and gated repos alike; X-Error-Code tells them apart.
    if (result.errorCode === "GatedRepo")
      return {
        ok: false,
        problem: {
          kind: "ACCESS_DENIED",
          message: `${repoId} is gated on Hugging Face: accept its licence there and configure HF_TOKEN, or fill in the form by hand.`,
        },
      };
    if (result.errorCode === "RepoNotFound" || result.status === 401 || result.status === 404) {
      return {
        ok: false,
        problem: {
          kind: result.status === 404 ? "NOT_FOUND" : "ACCESS_DENIED",
          message: `Hugging Face has no public model ${repoId} (it does not exist, or it is private or gated).`,
        },
      };
    }
    return result;
  }
  const parsed = huggingFaceModelSchema.safeParse(result.response.data);
  if (!parsed.success) return { ok: false, problem: { kind: "NOT_JSON", message: "Hugging Face's answer is not model information the registry can read." } };
  return { ok: true, facts: mapHuggingFaceModel(parsed.data, PAGE_BASE), responses: [result.response] };
}

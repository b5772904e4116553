import "server-only";
import {
  civitaiModelSchema,
  civitaiVersionSchema,
  mapCivitaiVersion,
  pickModelVersion,
  type CivitaiModel,
  type CivitaiVersion,
} from "@/lib/intake/civitai-response";
import type { ImportedFacts } from "@/lib/intake/imported-facts";
import type { ImportReference } from "@/lib/intake/import-reference";
import { civitaiService, type IntakeService } from "./intake-config";
import { fetchServiceJson, type FetchedJson, type FetchProblem } from "./outbound-fetch";

// Civitai's REST API v1: a version (by id or by file hash) and its model, whose answer carries the
// creator and the permission fields the version's answer lacks.

export type ServiceImport = { ok: true; facts: ImportedFacts; responses: FetchedJson[] } | { ok: false; problem: FetchProblem };

const PAGE_BASE = "https://civitai.com";

export async function importFromCivitai(reference: Extract<ImportReference, { source: "CIVITAI" | "CIVITAI_HASH" }>): Promise<ServiceImport> {
  const config = civitaiService();
  if (!config.ok) return { ok: false, problem: { kind: "UNREACHABLE", message: config.message } };
  const service = config.service;
  const responses: FetchedJson[] = [];

  let version: CivitaiVersion | null = null;
  let model: CivitaiModel | null = null;
  if (reference.source === "CIVITAI" && reference.modelId !== null) {
    const fetched = await get(service, `models/${reference.modelId}`, civitaiModelSchema, responses);
    if (!fetched.ok) return fetched;
    model = fetched.data;
    version = pickModelVersion(model, reference.versionId);
    if (!version) {
      return {
        ok: false,
        problem: {
          kind: "NOT_FOUND",
          message:
            reference.versionId === null
              ? "That Civitai model has no published version."
              : `Civitai model ${reference.modelId} has no published version ${reference.versionId}.`,
        },
      };
    }
  } else {
    const path = reference.source === "CIVITAI_HASH" ? `model-versions/by-hash/${reference.hash}` : `model-versions/${reference.versionId}`;
    const fetched = await get(service, path, civitaiVersionSchema, responses);
    if (!fetched.ok) return fetched;
    version = fetched.data;
    if (version.modelId !== undefined) {
      const parent = await get(service, `models/${version.modelId}`, civitaiModelSchema, responses);
      if (!parent.ok) return parent;
      model = parent.data;
    }
  }
  return { ok: true, facts: mapCivitaiVersion(version, model, PAGE_BASE), responses };
}

async function get<T>(
  service: IntakeService,
  path: string,
  schema: { safeParse(data: unknown): { success: true; data: T } | { success: false } },
  responses: FetchedJson[],
): Promise<{ ok: true; data: T } | { ok: false; problem: FetchProblem }> {
  const result = await fetchServiceJson(service, new URL(`${service.base.pathname.replace(/\/$/, "")}/${path}`, service.base));
  if (!result.ok) return result;
  const parsed = schema.safeParse(result.response.data);
  if (!parsed.success) return { ok: false, problem: { kind: "NOT_JSON", message: "Civitai's answer is not a model or model version the registry can read." } };
  responses.push(result.response);
  return { ok: true, data: parsed.data };
}

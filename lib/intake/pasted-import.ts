import { civitaiModelSchema, civitaiVersionSchema, mapCivitaiVersion, pickModelVersion } from "./civitai-response";
import { huggingFaceModelSchema, mapHuggingFaceModel } from "./huggingface-model";
import type { ImportedFacts } from "./imported-facts";
import { readModelCard } from "./model-card";

// The offline import: a pasted Civitai answer (a model version, or a whole model with its
// permissions), a pasted Hugging Face model-info answer, or a model card README.md.

export type PastedImportResult =
  { ok: true; facts: ImportedFacts; kind: "civitai-version" | "civitai-model" | "huggingface-model" | "model-card" } | { ok: false; message: string };

export function readPastedImport(text: string, fileName?: string): PastedImportResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, message: "Paste a Civitai model-version JSON or a model card, or drop a README.md." };
  if (!trimmed.startsWith("{")) return withKind(readModelCard(text, fileName ?? "The pasted model card"), "model-card");

  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return { ok: false, message: "That is not valid JSON: paste the whole answer, from the first { to the last }." };
  }
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.modelVersions)) {
    const model = civitaiModelSchema.safeParse(data);
    if (!model.success) return { ok: false, message: "That looks like a Civitai model, but its id is missing." };
    const version = pickModelVersion(model.data, null);
    if (!version) return { ok: false, message: "That Civitai model lists no version to import." };
    return { ok: true, kind: "civitai-model", facts: mapCivitaiVersion(version, model.data) };
  }
  if ("siblings" in record || "cardData" in record) {
    const model = huggingFaceModelSchema.safeParse(data);
    if (!model.success) return { ok: false, message: "That looks like a Hugging Face model, but its id is missing." };
    return { ok: true, kind: "huggingface-model", facts: mapHuggingFaceModel(model.data) };
  }
  if ("files" in record || "baseModel" in record || "modelId" in record) {
    const version = civitaiVersionSchema.safeParse(data);
    if (!version.success) return { ok: false, message: "That looks like a Civitai model version, but its id is missing." };
    const facts = mapCivitaiVersion(version.data, null);
    facts.notes.push(
      "A model version's JSON carries no creator permissions: paste the model's JSON (civitai.com/api/v1/models/<id>) for them, or fill them in.",
    );
    return { ok: true, kind: "civitai-version", facts };
  }
  return { ok: false, message: "That JSON is neither a Civitai model or model version nor a Hugging Face model." };
}

function withKind(result: ReturnType<typeof readModelCard>, kind: "model-card"): PastedImportResult {
  return result.ok ? { ...result, kind } : result;
}

// What an image's metadata says about the models that made it: the shape the browser extracts and
// POST /api/v1/images/check accepts.

export const MODEL_ROLES = ["checkpoint", "lora"] as const;
export type ModelRole = (typeof MODEL_ROLES)[number];

export interface ModelReference {
  role: ModelRole;
  /** The name as written: A1111's model name (no extension), ComfyUI's file name (maybe with a folder). */
  name: string | null;
  /** Lower-case hex: AutoV2 (10 digits), A1111's LoRA hash (12) or a full SHA-256 (64). */
  hash: string | null;
  /** Civitai's resource entry, when the image names one. */
  civitai: { modelName: string | null; versionName: string | null; modelVersionId: number | null } | null;
  /** Where in the metadata it was found, for the answer: "A1111 Model hash", "ComfyUI CheckpointLoaderSimple", ... */
  foundIn: string;
}

export type Generator = "A1111" | "COMFYUI";

export interface GenerationMetadata {
  generator: Generator;
  models: ModelReference[];
}

const HASH = /^[0-9a-f]{10,64}$/;

/** A hash as the metadata writes it, lower-cased; null unless it is 10 to 64 hex digits (not A1111's legacy 8-digit hash). */
export function normalizeHash(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const hash = value.trim().toLowerCase();
  return HASH.test(hash) ? hash : null;
}

export function cleanName(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const name = value.trim();
  return name.length > 0 && name.length <= 500 ? name : null;
}

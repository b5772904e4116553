import { z } from "zod";
import type { VersionKind } from "@/lib/licensing/vocabulary";
import type { ArchitectureKey } from "@/lib/safetensors/architecture";
import { autoV2, type ImportedBaseModel, type ImportedFacts, type ImportedLicense } from "./imported-facts";

// The Hugging Face Hub: GET /api/models/{repo_id}?blobs=true (huggingface_hub's ModelInfo:
// `cardData` is the model card's YAML, `siblings[].lfs` has `sha256`, `size`, `pointerSize`) and the
// model card itself (README.md with YAML front matter: `license`, `license_name`, `license_link`,
// `base_model` as one id or a list, `base_model_relation`).

const stringOrList = z
  .union([z.string(), z.array(z.unknown())])
  .nullish()
  .catch(undefined)
  .transform((value) =>
    value === null || value === undefined ? [] : (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string"),
  );

export const modelCardDataSchema = z.looseObject({
  license: z.string().nullish().catch(undefined),
  license_name: z.string().nullish().catch(undefined),
  license_link: z.string().nullish().catch(undefined),
  base_model: stringOrList,
  base_model_relation: z.string().nullish().catch(undefined),
  tags: stringOrList,
});
export type ModelCardData = z.infer<typeof modelCardDataSchema>;

const siblingSchema = z.looseObject({
  rfilename: z.string(),
  size: z.number().nonnegative().nullish().catch(undefined),
  lfs: z
    .looseObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/i), size: z.number().nonnegative() })
    .nullish()
    .catch(undefined),
});

export const huggingFaceModelSchema = z.looseObject({
  id: z.string().min(3),
  author: z.string().nullish().catch(undefined),
  gated: z
    .union([z.literal(false), z.string()])
    .nullish()
    .catch(undefined),
  private: z.boolean().nullish().catch(undefined),
  tags: z.array(z.string()).catch([]),
  cardData: modelCardDataSchema.nullish().catch(undefined),
  siblings: z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items.flatMap((item) => {
        const parsed = siblingSchema.safeParse(item);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
});
export type HuggingFaceModel = z.infer<typeof huggingFaceModelSchema>;

const RELATION_KINDS: Record<string, VersionKind> = { finetune: "FINETUNE", merge: "MERGE", quantized: "FINETUNE", adapter: "FINETUNE" };
const WEIGHT_FILE = /\.(safetensors|ckpt|gguf|sft)$/i;

export function mapHuggingFaceModel(model: HuggingFaceModel, pageBase = "https://huggingface.co"): ImportedFacts {
  const card = model.cardData ?? modelCardDataSchema.parse({});
  const facts = mapCardData(card, `${pageBase}/${model.id}`, "Hugging Face model card");
  const [org, name] = model.id.split("/");
  // Top-level weight files only: sub-folders of a diffusers repo hold the parts of one model.
  const files = model.siblings
    .filter((file) => WEIGHT_FILE.test(file.rfilename) && !file.rfilename.includes("/"))
    .map((file) => {
      const sha256 = file.lfs?.sha256.toLowerCase() ?? null;
      return { name: file.rfilename, sha256, autov2: autoV2(sha256), sizeBytes: file.lfs?.size ?? file.size ?? null, primary: false };
    });
  if (model.gated) facts.notes.push("The repo is gated: its files need an accepted licence to download.");
  return { ...facts, name: name ?? model.id, publisher: model.author ?? org ?? null, files: files.length === 1 ? [{ ...files[0]!, primary: true }] : files };
}

/** The facts a model card's YAML gives, fetched (cardData) or dropped (README.md). */
export function mapCardData(card: ModelCardData, pageUrl: string | null, origin: string): ImportedFacts {
  const notes: string[] = [];
  const relation = card.base_model_relation?.trim().toLowerCase() || null;
  const baseModels: ImportedBaseModel[] = card.base_model.slice(0, 10).map((ref) => baseModel(ref.trim(), origin));
  let kind: VersionKind | null = null;
  let kindOrigin: string | null = null;
  if (relation && RELATION_KINDS[relation]) {
    kind = RELATION_KINDS[relation];
    kindOrigin = `${origin}: base_model_relation “${relation}”`;
    if (relation === "quantized" || relation === "adapter")
      notes.push(`base_model_relation “${relation}”: the registry records it as a fine-tune of its base; check that this is what you submit.`);
  } else if (baseModels.length > 1) {
    kind = "MERGE";
    kindOrigin = `${origin}: ${baseModels.length} base_model entries`;
  } else if (baseModels.length === 1) {
    kind = "FINETUNE";
    kindOrigin = `${origin}: base_model`;
  } else if (card.base_model.length === 0 && relation === null) {
    notes.push("The model card names no base_model.");
  }
  if (relation && !RELATION_KINDS[relation]) notes.push(`Unknown base_model_relation “${relation}”: choose the kind yourself.`);

  return {
    source: "HUGGING_FACE",
    pageUrl,
    name: null,
    version: null,
    publisher: null,
    architectureKey: architectureFromTags(card.tags),
    architectureOrigin: architectureFromTags(card.tags) ? `${origin}: tags` : null,
    kind,
    kindOrigin,
    baseModels,
    licenses: license(card, origin),
    creatorTerms: null,
    files: [],
    notes,
  };
}

function baseModel(ref: string, origin: string): ImportedBaseModel {
  const name = ref.split("/").pop() ?? ref;
  return { ref, candidates: [name], sourceUrl: /^[\w.-]+\/[\w.-]+$/.test(ref) ? `https://huggingface.co/${ref}` : null, origin: `${origin}: base_model` };
}

function license(card: ModelCardData, origin: string): ImportedLicense[] {
  const id = card.license?.trim() || null;
  const name = card.license_name?.trim() || null;
  const link = card.license_link?.trim() || null;
  if (!id && !name && !link) return [];
  // `license: other` means "see license_name / license_link".
  return [{ id: id && id.toLowerCase() !== "other" ? id : null, name, link, origin: `${origin}: license${name ? " / license_name" : ""}` }];
}

const TAG_ARCHITECTURES: [RegExp, ArchitectureKey][] = [
  [/^(stable-diffusion-xl|sdxl)$/i, "SDXL"],
  [/^flux$/i, "FLUX1"],
  [/^(sd3|sd3\.5|stable-diffusion-3)$/i, "SD3"],
];

function architectureFromTags(tags: readonly string[]): ArchitectureKey | null {
  for (const [pattern, key] of TAG_ARCHITECTURES) if (tags.some((tag) => pattern.test(tag))) return key;
  return null;
}

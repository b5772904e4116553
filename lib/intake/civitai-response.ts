import { z } from "zod";
import type { CommercialUse, VersionKind } from "@/lib/licensing/vocabulary";
import { architectureFromAir, CIVITAI_BASE_MODELS } from "./civitai-base-models";
import { autoV2, type ImportedFacts, type ImportedFile } from "./imported-facts";

// Civitai's public REST API v1: GET /model-versions/{id}, /model-versions/by-hash/{hash} (the same
// body) and GET /models/{id}. Shapes from civitai/civitai src/pages/api/v1/ and the reference at
// developer.civitai.com/site/reference. The schemas read only what the import uses and tolerate
// everything else; a field that is missing stays unknown.

const hashes = z.record(z.string(), z.unknown()).catch({});

const fileSchema = z.looseObject({
  name: z.string().catch(""),
  type: z.string().optional().catch(undefined),
  sizeKB: z.number().nonnegative().optional().catch(undefined),
  primary: z.boolean().optional().catch(undefined),
  hashes: hashes.optional(),
});

export const civitaiVersionSchema = z.looseObject({
  id: z.number().int(),
  modelId: z.number().int().optional().catch(undefined),
  name: z.string().optional().catch(undefined),
  baseModel: z.string().optional().catch(undefined),
  air: z.string().optional().catch(undefined),
  model: z
    .looseObject({ name: z.string().optional().catch(undefined), type: z.string().optional().catch(undefined) })
    .optional()
    .catch(undefined),
  files: z.array(fileSchema).catch([]),
});
export type CivitaiVersion = z.infer<typeof civitaiVersionSchema>;

const COMMERCIAL: Record<string, CommercialUse> = { None: "NONE", Image: "IMAGE", RentCivit: "RENT_CIVIT", Rent: "RENT", Sell: "SELL" };

export const civitaiModelSchema = z.looseObject({
  id: z.number().int(),
  name: z.string().optional().catch(undefined),
  type: z.string().optional().catch(undefined),
  checkpointType: z.string().nullish().catch(undefined),
  creator: z
    .looseObject({ username: z.string().nullish().catch(undefined) })
    .nullish()
    .catch(undefined),
  // An array today; a single string ("Rent") in older answers.
  allowCommercialUse: z
    .union([z.array(z.string()), z.string()])
    .nullish()
    .catch(undefined),
  allowNoCredit: z.boolean().nullish().catch(undefined),
  allowDerivatives: z.boolean().nullish().catch(undefined),
  allowDifferentLicense: z.boolean().nullish().catch(undefined),
  // Each version as in GET /model-versions/{id}, minus `model`; one that does not parse is left out.
  modelVersions: z
    .array(z.unknown())
    .catch([])
    .transform((versions) =>
      versions.flatMap((version) => {
        const parsed = civitaiVersionSchema.safeParse(version);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
});
export type CivitaiModel = z.infer<typeof civitaiModelSchema>;

export const CIVITAI_DEFAULTS_NOTE =
  "Civitai stores the most permissive values as defaults (every commercial use, no credit needed, derivatives and relicensing allowed): a creator who never changed them shows these too.";

/**
 * The facts of one Civitai model version. `model` (GET /models/{id}) carries the creator and the
 * permission fields, which the version's own answer does not; without it they stay unknown.
 */
export function mapCivitaiVersion(version: CivitaiVersion, model: CivitaiModel | null, pageBase = "https://civitai.com"): ImportedFacts {
  const notes: string[] = [];
  const modelType = version.model?.type ?? model?.type;
  if (modelType && modelType !== "Checkpoint") notes.push(`Civitai lists this as a ${modelType}, not a checkpoint.`);

  const baseModel = version.baseModel?.trim() || null;
  const known = baseModel ? CIVITAI_BASE_MODELS[baseModel] : undefined;
  const architectureKey = known?.architectureKey ?? architectureFromAir(version.air);
  if (baseModel && !known) notes.push(`Civitai's base model “${baseModel}” is not one the registry maps: choose the architecture and parent yourself.`);

  const kind: VersionKind | null = model?.checkpointType === "Merge" ? "MERGE" : baseModel ? "FINETUNE" : null;
  const modelId = version.modelId ?? model?.id ?? null;

  return {
    source: "CIVITAI",
    pageUrl: modelId ? `${pageBase}/models/${modelId}?modelVersionId=${version.id}` : `${pageBase}/model-versions/${version.id}`,
    name: (version.model?.name ?? model?.name)?.trim() || null,
    version: version.name?.trim() || null,
    publisher: model?.creator?.username?.trim() || null,
    architectureKey,
    architectureOrigin: known ? `Civitai base model “${baseModel}”` : architectureKey ? `Civitai AIR ${version.air}` : null,
    kind,
    kindOrigin: model?.checkpointType ? `Civitai checkpoint type “${model.checkpointType}”` : baseModel ? `Civitai base model “${baseModel}”` : null,
    baseModels:
      baseModel && known && known.parentCandidates.length > 0
        ? [{ ref: baseModel, candidates: known.parentCandidates, sourceUrl: null, origin: `Civitai base model “${baseModel}”` }]
        : [],
    licenses: known?.license ? [{ ...known.license, origin: `Civitai's licence for base model “${baseModel}”` }] : [],
    creatorTerms: model ? creatorTerms(model) : null,
    files: version.files.filter((file) => file.type === undefined || file.type === "Model" || file.type === "Pruned Model").map(toFile),
    notes,
  };
}

/** Which version of a model the import means: the one asked for, else the newest (listed first). */
export function pickModelVersion(model: CivitaiModel, versionId: number | null): CivitaiVersion | null {
  if (versionId !== null) return model.modelVersions.find((version) => version.id === versionId) ?? null;
  return model.modelVersions[0] ?? null;
}

function creatorTerms(model: CivitaiModel): ImportedFacts["creatorTerms"] {
  const raw = model.allowCommercialUse;
  const values = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  const allowCommercialUse = [...new Set(values.map((value) => COMMERCIAL[value]).filter((value): value is CommercialUse => value !== undefined))];
  return {
    allowCommercialUse,
    allowNoCredit: model.allowNoCredit ?? null,
    allowDerivatives: model.allowDerivatives ?? null,
    allowDifferentLicense: model.allowDifferentLicense ?? null,
    origin: "Civitai model permissions",
  };
}

function toFile(file: z.infer<typeof fileSchema>): ImportedFile {
  const sha = typeof file.hashes?.SHA256 === "string" && /^[0-9a-f]{64}$/i.test(file.hashes.SHA256) ? file.hashes.SHA256.toLowerCase() : null;
  const published = typeof file.hashes?.AutoV2 === "string" && /^[0-9a-f]{10}$/i.test(file.hashes.AutoV2) ? file.hashes.AutoV2.toUpperCase() : null;
  return {
    name: file.name,
    sha256: sha,
    autov2: autoV2(sha) ?? published,
    // sizeKB is KiB with decimals (6775430.35 for a 6.9 GB file): bytes are approximate.
    sizeBytes: file.sizeKB === undefined ? null : Math.round(file.sizeKB * 1024),
    primary: file.primary === true,
  };
}

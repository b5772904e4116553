import type { ArchitectureKey } from "./architecture";
import { parseMergeMetadata, type MergeRecipe, type SuggestedParent } from "./merge-recipe";

export type { MergeRecipe, SuggestedParent } from "./merge-recipe";

/** The ModelSpec (Stability AI's `modelspec.*` convention) fields a submission can use. */
export interface ModelSpec {
  specVersion?: string;
  /** As written, e.g. "stable-diffusion-xl-v1-base" or "flux-1-dev/lora". */
  architecture?: string;
  /** Our key for `architecture`, when the mapping is unambiguous. */
  architectureKey: ArchitectureKey | null;
  /** The part after "/" in `architecture` ("lora", "textual-inversion"): the file is an add-on. */
  adapter?: string;
  title?: string;
  author?: string;
  license?: string;
  description?: string;
  date?: string;
  /** As written, e.g. "1024x1024". */
  resolution?: string;
  nativeResolution?: { width: number; height: number };
  /**
   * Lowercase hex without "0x". Writers such as kohya's sd-scripts hash the tensor data, not the
   * file, so this is not the file's SHA-256 and must not be compared with it.
   */
  hashSha256?: string;
  implementation?: string;
  predictionType?: string;
  mergedFrom?: string;
}

export interface ParsedMetadata {
  modelSpec: ModelSpec | null;
  mergeRecipe: MergeRecipe | null;
  isMerge: boolean;
  suggestedParents: SuggestedParent[];
  /** Every metadata entry, unchanged. */
  raw: Readonly<Record<string, string>>;
  warnings: string[];
}

const MODELSPEC_FIELDS = {
  specVersion: "modelspec.sai_model_spec",
  architecture: "modelspec.architecture",
  title: "modelspec.title",
  author: "modelspec.author",
  license: "modelspec.license",
  description: "modelspec.description",
  date: "modelspec.date",
  resolution: "modelspec.resolution",
  hashSha256: "modelspec.hash_sha256",
  implementation: "modelspec.implementation",
  predictionType: "modelspec.prediction_type",
  mergedFrom: "modelspec.merged_from",
} as const;

// Prefixes as written by Stability AI's own files and kohya's sd-scripts (sai_model_spec.py).
const MODELSPEC_ARCHITECTURES: [RegExp, ArchitectureKey][] = [
  [/^stable-diffusion-v1(?:$|-)/, "SD1"],
  [/^stable-diffusion-v2(?:$|-)/, "SD2"],
  [/^stable-diffusion-xl(?:$|-)/, "SDXL"],
  [/^stable-diffusion-v?3(?:$|[-.])/, "SD3"],
  [/^stable-cascade(?:$|-)/, "STABLE_CASCADE"],
  [/^flux-1(?:$|-)/, "FLUX1"],
];

export function parseSafetensorsMetadata(metadata: Readonly<Record<string, string>>): ParsedMetadata {
  const modelSpec = readModelSpec(metadata);
  const merge = parseMergeMetadata(metadata);
  const warnings = [...merge.warnings];
  let suggestedParents = merge.parents;
  let isMerge = merge.isMerge;

  if (suggestedParents.length === 0 && modelSpec?.mergedFrom) {
    suggestedParents = modelSpec.mergedFrom
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== "")
      .map((name) => ({ name }));
    isMerge ||= suggestedParents.length > 1;
  }
  if (isMerge && modelSpec && (modelSpec.title || modelSpec.author || modelSpec.license)) {
    warnings.push(
      "Merge tools can copy a parent's ModelSpec fields into the merge: check that the title, author " +
        "and license describe this file and not one of its parents.",
    );
  }
  if (modelSpec?.adapter) {
    warnings.push(`The ModelSpec architecture "${modelSpec.architecture}" marks this file as a ${modelSpec.adapter}, not a checkpoint.`);
  }
  return { modelSpec, mergeRecipe: merge.recipe, isMerge, suggestedParents, raw: metadata, warnings };
}

/** Maps a `modelspec.architecture` value to our key; null when it names something else or is unclear. */
export function mapModelSpecArchitecture(value: string): ArchitectureKey | null {
  const base = value.trim().toLowerCase().split("/")[0] ?? "";
  return MODELSPEC_ARCHITECTURES.find(([pattern]) => pattern.test(base))?.[1] ?? null;
}

function readModelSpec(metadata: Readonly<Record<string, string>>): ModelSpec | null {
  if (!Object.keys(metadata).some((key) => key.startsWith("modelspec."))) return null;
  const spec: ModelSpec = { architectureKey: null };
  for (const [field, key] of Object.entries(MODELSPEC_FIELDS) as [keyof typeof MODELSPEC_FIELDS, string][]) {
    const value = Object.hasOwn(metadata, key) ? metadata[key]?.trim() : undefined;
    if (value) spec[field] = value;
  }
  if (spec.architecture) {
    spec.architectureKey = mapModelSpecArchitecture(spec.architecture);
    const adapter = spec.architecture.split("/")[1]?.trim();
    if (adapter) spec.adapter = adapter;
  }
  if (spec.hashSha256) spec.hashSha256 = spec.hashSha256.toLowerCase().replace(/^0x/, "");
  const size = spec.resolution?.match(/^(\d+)\s*(?:[x×*,]\s*(\d+))?$/i);
  if (size?.[1]) {
    const width = Number(size[1]);
    spec.nativeResolution = { width, height: size[2] ? Number(size[2]) : width };
  }
  return spec;
}

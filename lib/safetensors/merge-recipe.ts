export interface SuggestedParent {
  sha256?: string;
  /** A1111's "shorthash": the first 10 hex digits of the SHA-256 (sometimes 8–12). */
  shortHash?: string;
  name?: string;
  /** Share of the merge, when the recipe makes it plain (a weighted sum). */
  weight?: number;
}

/** The fields of `sd_merge_recipe` we use, as A1111's run_modelmerger and tools modelled on it write them. */
export interface MergeRecipe {
  type?: string;
  interpMethod?: string;
  multiplier?: number;
  primaryModelHash?: string;
  secondaryModelHash?: string;
  tertiaryModelHash?: string;
}

export interface MergeInfo {
  recipe: MergeRecipe | null;
  parents: SuggestedParent[];
  /** True when the metadata records a merge of models (not a re-save of one). */
  isMerge: boolean;
  warnings: string[];
}

type JsonObject = Record<string, unknown>;
type HashRef = Pick<SuggestedParent, "sha256" | "shortHash">;
interface ListedModel extends HashRef {
  name?: string;
  /** Hashes named by this model's own recipe: its parents, so our grandparents. */
  ancestorHashes: HashRef[];
}

/**
 * Reads A1111-style merge metadata. `sd_merge_models` maps every model involved (direct parents and,
 * because A1111 folds each parent's own list in, their ancestors too) to { name, legacy_hash,
 * sd_merge_recipe }; `sd_merge_recipe` names the direct parents by hash. Never throws on junk.
 */
export function parseMergeMetadata(metadata: Readonly<Record<string, string>>): MergeInfo {
  const warnings: string[] = [];
  const recipeJson = readJsonObject(metadata, "sd_merge_recipe", warnings);
  const modelsJson = readJsonObject(metadata, "sd_merge_models", warnings);
  if (!recipeJson && !modelsJson) return { recipe: null, parents: [], isMerge: false, warnings };

  const listed = modelsJson ? listModels(modelsJson, warnings) : [];
  const recipe = recipeJson ? toRecipe(recipeJson) : null;
  const recipeHashes = recipe ? [recipe.primaryModelHash, recipe.secondaryModelHash, recipe.tertiaryModelHash].map(toHashRef) : [];

  let parents: SuggestedParent[];
  if (recipeHashes.some((ref) => ref !== null)) {
    parents = usedSlots(recipe, recipeHashes).map((ref) => {
      const model = listed.find((candidate) => sameHash(candidate, ref));
      return compact({ ...ref, sha256: ref.sha256 ?? model?.sha256, name: model?.name });
    });
    if (recipeHashes[0] && recipeHashes[1]) applyWeights(parents, recipe);
  } else {
    const ancestors = listed.flatMap((model) => model.ancestorHashes);
    parents = listed
      .filter((model) => !ancestors.some((ancestor) => sameHash(model, ancestor)))
      .map((model) => compact({ sha256: model.sha256, shortHash: model.shortHash, name: model.name }));
    if (parents.length > 0) {
      warnings.push(
        "The merge recipe does not say which models were merged directly; the suggested parents come " +
          "from sd_merge_models, which can also list their ancestors. Check them.",
      );
    }
  }

  const resaved = recipe?.interpMethod === "No interpolation";
  if (resaved) {
    warnings.push('The merge recipe says "No interpolation": the file is a re-saved copy of one model, not a merge.');
  }
  return { recipe, parents: dedupe(parents), isMerge: !resaved && (recipe !== null || parents.length > 0), warnings };
}

/** 64 hex digits (optionally 0x-prefixed) is a SHA-256; 8–12 is a short hash; anything else is not a hash. */
export function toHashRef(value: unknown): HashRef | null {
  if (typeof value !== "string") return null;
  const hex = value.trim().toLowerCase().replace(/^0x/, "");
  if (/^[0-9a-f]{64}$/.test(hex)) return { sha256: hex };
  if (/^[0-9a-f]{8,12}$/.test(hex)) return { shortHash: hex };
  return null;
}

function listModels(models: JsonObject, warnings: string[]): ListedModel[] {
  const listed: ListedModel[] = [];
  for (const [key, value] of Object.entries(models)) {
    const entry = isObject(value) ? value : {};
    const ref = toHashRef(getString(entry, "sha256")) ?? toHashRef(key);
    const name = typeof value === "string" ? value : getString(entry, "name");
    if (!ref) warnings.push(`sd_merge_models lists ${JSON.stringify(key)}, which is not a model hash.`);
    const nested = entry.sd_merge_recipe;
    const nestedRecipe = isObject(nested) ? nested : typeof nested === "string" ? parseObject(nested) : null;
    const ancestorHashes = nestedRecipe
      ? Object.values(recipeHashFields(nestedRecipe))
          .map(toHashRef)
          .filter((h): h is HashRef => h !== null)
      : [];
    if (ref || name) listed.push({ ...ref, name, ancestorHashes });
  }
  return listed;
}

function toRecipe(json: JsonObject): MergeRecipe {
  const hashes = recipeHashFields(json);
  const multiplier = json.multiplier ?? json.base_alpha;
  return compact({
    type: getString(json, "type"),
    interpMethod: getString(json, "interp_method") ?? getString(json, "mode"),
    multiplier: typeof multiplier === "number" && Number.isFinite(multiplier) ? multiplier : undefined,
    primaryModelHash: getString(hashes, "primary"),
    secondaryModelHash: getString(hashes, "secondary"),
    tertiaryModelHash: getString(hashes, "tertiary"),
  });
}

// A1111, SD.Next and chattiori write primary/secondary/tertiary_model_hash; supermerger writes model_a/b/c.
function recipeHashFields(json: JsonObject): { primary: unknown; secondary: unknown; tertiary: unknown } {
  return {
    primary: json.primary_model_hash ?? json.model_a,
    secondary: json.secondary_model_hash ?? json.model_b,
    tertiary: json.tertiary_model_hash ?? json.model_c,
  };
}

// A1111 records every model picked in the UI, even one the method ignores: weighted sum,
// (1 - M)·A + M·B, uses A and B; add difference, A + M·(B - C), all three; no interpolation, A alone.
function usedSlots(recipe: MergeRecipe | null, refs: (HashRef | null)[]): HashRef[] {
  const method = recipe?.interpMethod ?? "";
  const count = method === "No interpolation" ? 1 : isWeightedSum(method) ? 2 : 3;
  return refs.slice(0, count).filter((ref): ref is HashRef => ref !== null);
}

// Only a weighted sum gives each parent a share; add difference has no such split. Callers pass
// parents whose first two are the primary and secondary model.
function applyWeights(parents: SuggestedParent[], recipe: MergeRecipe | null): void {
  const m = recipe?.multiplier;
  const [primary, secondary] = parents;
  if (!isWeightedSum(recipe?.interpMethod ?? "") || m === undefined || !primary || !secondary) return;
  primary.weight = round(1 - m);
  secondary.weight = round(m);
}

function isWeightedSum(method: string): boolean {
  return /^weight(?:ed)?[ _]sum$/i.test(method.trim());
}

function readJsonObject(metadata: Readonly<Record<string, string>>, key: string, warnings: string[]): JsonObject | null {
  const raw = Object.hasOwn(metadata, key) ? metadata[key] : undefined;
  if (raw === undefined || raw.trim() === "" || raw.trim() === "null") return null;
  const parsed = parseObject(raw);
  if (!parsed) warnings.push(`The ${key} metadata is not a valid JSON object and was ignored.`);
  return parsed;
}

function parseObject(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function getString(json: JsonObject, key: string): string | undefined {
  const value = Object.hasOwn(json, key) ? json[key] : undefined;
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

// A short hash matches the full hash it is a prefix of (and a shorter short hash of the same model).
function sameHash(a: HashRef, b: HashRef): boolean {
  if (a.sha256 && b.sha256) return a.sha256 === b.sha256;
  const left = a.sha256 ?? a.shortHash;
  const right = b.sha256 ?? b.shortHash;
  if (!left || !right) return false;
  return left.startsWith(right) || right.startsWith(left);
}

function dedupe(parents: SuggestedParent[]): SuggestedParent[] {
  const kept: SuggestedParent[] = [];
  for (const parent of parents) {
    if (!kept.some((other) => sameHash(other, parent))) kept.push(parent);
  }
  return kept;
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

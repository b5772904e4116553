import { MAX_MODEL_REFERENCES } from "@/lib/image-metadata/limits";
import { cleanName, normalizeHash, type ModelReference } from "@/lib/image-metadata/model-reference";

// A1111/Forge "parameters" (infotext): the prompt, an optional "Negative prompt: ..." and a last line
// of "Key: value" pairs — "Steps: 20, Sampler: Euler a, ..., Model hash: 31e35c80fc, Model:
// sd_xl_base_1.0, Lora hashes: "add_detail: 7c6bad76eb54", Version: v1.9.4". A value with a comma
// or colon is JSON-quoted (modules/infotext_utils.py: re_param_code, quote/unquote). Civitai's
// generator appends raw JSON: `Hashes: {"model": "...", "lora:name": "..."}` and
// `Civitai resources: [{"type": "checkpoint", "modelVersionId": 1, "modelName": ..., "modelVersionName": ...}]`.

const PARAM = /\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$)/g;
const RAW_JSON_KEYS = ["Hashes", "Civitai resources"] as const;

export interface A1111Parameters {
  /** Every key of the settings line, values unquoted. */
  settings: Record<string, string>;
  hashes: Record<string, string> | null;
  civitaiResources: unknown[] | null;
}

/** Null when the text has no settings line (fewer than three "Key: value" pairs on its last line). */
export function parseA1111Parameters(text: string): A1111Parameters | null {
  const lines = text.trim().split("\n");
  let line = lines[lines.length - 1] ?? "";
  const raw: Partial<Record<(typeof RAW_JSON_KEYS)[number], unknown>> = {};
  for (const key of RAW_JSON_KEYS) {
    const cut = cutRawJson(line, key);
    if (!cut) continue;
    raw[key] = cut.value;
    line = cut.rest;
  }
  const settings: Record<string, string> = {};
  let count = 0;
  for (const match of line.matchAll(PARAM)) {
    const [, key, value] = match;
    if (!key || value === undefined) continue;
    settings[key.trim()] = unquote(value.trim());
    count += 1;
  }
  if (count + Object.keys(raw).length < 3) return null;
  const hashes = raw.Hashes && typeof raw.Hashes === "object" && !Array.isArray(raw.Hashes) ? (raw.Hashes as Record<string, string>) : null;
  return { settings, hashes, civitaiResources: Array.isArray(raw["Civitai resources"]) ? raw["Civitai resources"] : null };
}

/** The checkpoint (and refiner) and LoRAs an A1111 parameters text names. */
export function a1111ModelReferences(parameters: A1111Parameters): ModelReference[] {
  const { settings, hashes } = parameters;
  const references: ModelReference[] = [];
  const modelHash = normalizeHash(settings["Model hash"]) ?? normalizeHash(hashes?.model);
  const civitai = civitaiEntries(parameters.civitaiResources);
  const civitaiCheckpoint = civitai.filter((entry) => entry.type === "checkpoint");
  if (modelHash || settings.Model) {
    references.push({
      role: "checkpoint",
      name: cleanName(settings.Model),
      hash: modelHash,
      civitai: civitaiCheckpoint.length === 1 ? civitaiCheckpoint[0]!.civitai : null,
      foundIn: modelHash ? "A1111 Model hash" : "A1111 Model",
    });
  } else {
    for (const entry of civitaiCheckpoint)
      references.push({ role: "checkpoint", name: null, hash: null, civitai: entry.civitai, foundIn: "Civitai resources" });
  }
  // The refiner is written as its title, "name [autov2]".
  const refiner = settings.Refiner ? /^(.*?)\s*\[([0-9a-fA-F]{10,64})\]$/.exec(settings.Refiner) : null;
  if (settings.Refiner) {
    references.push({
      role: "checkpoint",
      name: cleanName(refiner ? refiner[1] : settings.Refiner),
      hash: normalizeHash(refiner?.[2]),
      civitai: null,
      foundIn: "A1111 Refiner",
    });
  }

  const loras = new Map<string, string | null>();
  for (const part of (settings["Lora hashes"] ?? "").split(",")) {
    const at = part.lastIndexOf(":");
    const name = cleanName(at < 0 ? part : part.slice(0, at));
    if (name) loras.set(name, normalizeHash(at < 0 ? null : part.slice(at + 1)));
  }
  for (const [key, value] of Object.entries(hashes ?? {})) {
    const match = /^lora:(.+)$/i.exec(key);
    const name = cleanName(match?.[1]);
    if (name && !loras.get(name)) loras.set(name, normalizeHash(value));
  }
  for (const [name, hash] of loras) references.push({ role: "lora", name, hash, civitai: null, foundIn: "A1111 Lora hashes" });
  if (loras.size === 0) {
    for (const entry of civitai.filter((item) => item.type === "lora" || item.type === "locon" || item.type === "lycoris")) {
      references.push({ role: "lora", name: null, hash: null, civitai: entry.civitai, foundIn: "Civitai resources" });
    }
  }
  return references.slice(0, MAX_MODEL_REFERENCES);
}

function civitaiEntries(resources: unknown[] | null): { type: string; civitai: NonNullable<ModelReference["civitai"]> }[] {
  return (resources ?? []).flatMap((item) => {
    if (!item || typeof item !== "object") return [];
    const entry = item as Record<string, unknown>;
    // Newer entries carry an AIR (urn:air:<ecosystem>:<type>:civitai:<model>@<version>) instead of type and id.
    const air = typeof entry.air === "string" ? /^urn:air:[^:]+:([^:]+):civitai:\d+@(\d+)$/.exec(entry.air) : null;
    const type = typeof entry.type === "string" ? entry.type.toLowerCase() : (air?.[1]?.toLowerCase() ?? "");
    const id = typeof entry.modelVersionId === "number" ? entry.modelVersionId : air ? Number(air[2]) : null;
    return [
      { type, civitai: { modelName: cleanName(entry.modelName), versionName: cleanName(entry.modelVersionName ?? entry.versionName), modelVersionId: id } },
    ];
  });
}

function unquote(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === "string" ? parsed : value;
  } catch {
    return value;
  }
}

/** Cuts `, <key>: <JSON object or array>` out of the settings line, reading the JSON to its matching bracket. */
function cutRawJson(line: string, key: string): { value: unknown; rest: string } | null {
  const label = new RegExp(`(^|,\\s*)${key}:\\s*(?=[\\[{])`).exec(line);
  if (!label) return null;
  const start = label.index + label[0].length;
  let depth = 0;
  let inString = false;
  for (let index = start; index < line.length; index += 1) {
    const char = line[index];
    if (inString) {
      if (char === "\\") index += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === "[" || char === "{") depth += 1;
    else if (char === "]" || char === "}") {
      depth -= 1;
      if (depth === 0) {
        try {
          return { value: JSON.parse(line.slice(start, index + 1)), rest: line.slice(0, label.index) + line.slice(index + 1) };
        } catch {
          return null;
        }
      }
    }
  }
  return null;
}

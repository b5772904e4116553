import { browseSearchParams, EMPTY_BROWSE_QUERY, type BrowseQuery } from "@/lib/catalog/browse-query";

// The practical selection guide of the seed document (checkpoints-101.md section 4) as one-click
// filters. Each preset says which line of the guide it encodes; the filters are the closest the
// catalog's facts can express it.

export interface BrowsePreset {
  id: string;
  label: string;
  /** The guide's own words. */
  guide: string;
  filters: Partial<BrowseQuery>;
}

export const BROWSE_PRESETS: readonly BrowsePreset[] = [
  {
    id: "maximum-compatibility",
    label: "Maximum compatibility",
    guide: "I want maximum compatibility + huge community assets: SD 1.5 or SDXL.",
    filters: { arch: ["SD1", "SDXL"], kind: ["BASE"] },
  },
  {
    id: "modern-all-rounder",
    label: "Modern all-rounder",
    guide: "I want a modern all-rounder at higher quality: SDXL 1.0 (and then pick a finetune like a realism/art variant).",
    filters: { arch: ["SDXL"], kind: ["BASE", "FINETUNE"] },
  },
  {
    id: "speed-for-brainstorming",
    label: "Speed for brainstorming",
    guide: "I want speed for brainstorming: SDXL Turbo / SD-Turbo.",
    filters: { kind: ["DISTILLED"] },
  },
  {
    id: "strong-modern-results",
    label: "Strong modern results",
    guide: "I want strong modern results and my tooling supports it: FLUX.1 [dev] (but check license constraints for your use case).",
    filters: { arch: ["FLUX1"] },
  },
  {
    id: "anime-stylized",
    label: "Anime / stylized",
    guide: "I want anime/stylized character pipelines: Pony (SDXL finetune) or Anything-style (SD1.5 finetune).",
    filters: { arch: ["SD1", "SDXL"], kind: ["FINETUNE", "MERGE"], prompt: ["TAGS", "HYBRID"] },
  },
  {
    id: "non-commercial-research",
    label: "Non-commercial research",
    guide: "I need explicitly non-commercial research experimentation: Stable Cascade fits that framing (license-limited).",
    filters: { effective: "RESEARCH", effectiveStatus: ["ALLOWED", "CONDITIONAL"] },
  },
];

/** The preset whose filters are exactly the query's (sort and page aside), if any. */
export function activePreset(query: BrowseQuery): BrowsePreset | undefined {
  const key = filtersKey(query);
  return BROWSE_PRESETS.find((preset) => filtersKey({ ...EMPTY_BROWSE_QUERY, ...preset.filters }) === key);
}

function filtersKey(query: BrowseQuery): string {
  const params = browseSearchParams({ ...query, sort: "name", page: 1 });
  params.sort();
  return params.toString();
}

import { describe, expect, it } from "vitest";
import { browseSearchParams, EMPTY_BROWSE_QUERY, parseBrowseQuery } from "@/lib/catalog/browse-query";
import { activePreset, BROWSE_PRESETS } from "@/lib/catalog/presets";

describe("the selection guide's presets", () => {
  it("are the six lines of checkpoints-101.md section 4", () => {
    expect(BROWSE_PRESETS.map((preset) => preset.label)).toEqual([
      "Maximum compatibility",
      "Modern all-rounder",
      "Speed for brainstorming",
      "Strong modern results",
      "Anime / stylized",
      "Non-commercial research",
    ]);
    for (const preset of BROWSE_PRESETS) expect(preset.guide).toMatch(/^I (want|need) /);
  });

  it.each(BROWSE_PRESETS.map((preset) => [preset.id, preset] as const))("%s is a valid URL state that is recognised as active", (_id, preset) => {
    const parsed = parseBrowseQuery(browseSearchParams(preset.filters));
    expect(parsed.ok).toBe(true);
    expect(activePreset(parsed.query)?.id).toBe(preset.id);
    expect(activePreset({ ...parsed.query, sort: "added", page: 3 })?.id).toBe(preset.id);
    expect(activePreset({ ...parsed.query, q: "narrower" })).toBeUndefined();
  });

  it("encode the guide's choices", () => {
    const filters = Object.fromEntries(BROWSE_PRESETS.map((preset) => [preset.id, { ...EMPTY_BROWSE_QUERY, ...preset.filters }]));
    expect(filters["maximum-compatibility"]).toMatchObject({ arch: ["SD1", "SDXL"], kind: ["BASE"] });
    expect(filters["speed-for-brainstorming"]).toMatchObject({ kind: ["DISTILLED"] });
    expect(filters["strong-modern-results"]).toMatchObject({ arch: ["FLUX1"] });
    expect(filters["non-commercial-research"]).toMatchObject({ effective: "RESEARCH", effectiveStatus: ["ALLOWED", "CONDITIONAL"] });
  });
});

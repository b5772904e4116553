import { describe, expect, it } from "vitest";
import { activeFilterCount, activeFilters } from "@/lib/catalog/active-filters";
import { parseBrowseQuery } from "@/lib/catalog/browse-query";

const options = {
  architectures: [{ key: "SDXL", name: "SDXL 1.0" }],
  licenses: [{ key: "LicenseRef-flux-dev", name: "FLUX.1 [dev] Non-Commercial License" }],
  teams: [{ key: "creative-studio", name: "Creative Studio" }],
};
const query = (search: string) => parseBrowseQuery(new URLSearchParams(search)).query;

describe("active filters", () => {
  it("one chip per value, in words and in the order asked, each removing only itself (and going back to page 1)", () => {
    const chips = activeFilters(
      query("q=pony&arch=SDXL&kind=FINETUNE&approved=RESEARCH&approved=COMMERCIAL_OUTPUTS&team=creative-studio&sort=added&page=3"),
      options,
    );
    expect(chips.map(({ name, value }) => `${name}: ${value}`)).toEqual([
      "Search: pony",
      "Architecture: SDXL 1.0",
      "Kind: Fine-tune",
      "Approved now for: Research",
      "Approved now for: Commercial outputs",
      "Approvals for team: Creative Studio",
    ]);
    const research = chips.find((chip) => chip.value === "Research")!;
    const kept = new URLSearchParams(research.removeHref.slice(2));
    expect(kept.getAll("approved")).toEqual(["COMMERCIAL_OUTPUTS"]);
    expect(kept.get("sort")).toBe("added");
    expect(kept.get("page")).toBeNull();
    expect(kept.get("q")).toBe("pony");
  });

  it("names every filter the form has, the licence library's 'usable without a waiver' too", () => {
    expect(activeFilters(query("usable=COMMERCIAL_OUTPUTS"), options)).toEqual([
      { name: "Usable without a waiver for", value: "Commercial outputs", removeHref: "/" },
    ]);
  });

  it("removing the effective-terms use removes the statuses that qualify it", () => {
    const chips = activeFilters(query("effective=HOSTED_SERVICE&effectiveStatus=ALLOWED"), options);
    expect(chips.map((chip) => chip.name)).toEqual(["Effective terms for", "Effective terms are"]);
    expect(chips[0]!.removeHref).toBe("/");
    expect(chips[1]!.removeHref).toBe("/?effective=HOSTED_SERVICE");
  });

  it("counts filter values, not the sort or the page; none on an unfiltered page", () => {
    expect(activeFilterCount(query("arch=SDXL&approved=RESEARCH&approved=COMMERCIAL_OUTPUTS&sort=added&page=2"))).toBe(3);
    expect(activeFilterCount(query(""))).toBe(0);
    expect(activeFilters(query("sort=added"), options)).toEqual([]);
  });
});

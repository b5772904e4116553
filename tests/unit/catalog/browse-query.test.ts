import { describe, expect, it } from "vitest";
import { browseHref, browseSearchParams, EMPTY_BROWSE_QUERY, hasFilters, parseBrowseQuery } from "@/lib/catalog/browse-query";

describe("parseBrowseQuery", () => {
  it("reads every filter, repeated parameters as lists", () => {
    const result = parseBrowseQuery(
      new URLSearchParams(
        "q=pony&arch=SD1&arch=SDXL&kind=FINETUNE&prompt=TAGS&status=APPROVED&approved=COMMERCIAL_OUTPUTS&approved=RESEARCH&effective=HOSTED_SERVICE&effectiveStatus=ALLOWED&usable=COMMERCIAL_OUTPUTS&license=LicenseRef-x&team=creative-studio&sort=added&page=3",
      ),
    );
    expect(result).toEqual({
      ok: true,
      query: {
        q: "pony",
        arch: ["SD1", "SDXL"],
        kind: ["FINETUNE"],
        prompt: ["TAGS"],
        status: ["APPROVED"],
        approved: ["COMMERCIAL_OUTPUTS", "RESEARCH"],
        effective: "HOSTED_SERVICE",
        effectiveStatus: ["ALLOWED"],
        usable: "COMMERCIAL_OUTPUTS",
        license: "LicenseRef-x",
        team: "creative-studio",
        sort: "added",
        page: 3,
      },
    });
  });

  it("accepts comma-separated lists and Next's searchParams objects, and ignores empty and unknown parameters", () => {
    expect(parseBrowseQuery({ arch: "SD1,SDXL", kind: ["BASE", "MERGE"], team: "", utm_source: "mail" }).query).toMatchObject({
      arch: ["SD1", "SDXL"],
      kind: ["BASE", "MERGE"],
      team: null,
    });
  });

  it("reads 'effective' alone as 'allowed or conditional' — may we use it for X?", () => {
    expect(parseBrowseQuery(new URLSearchParams("effective=COMMERCIAL_OUTPUTS")).query.effectiveStatus).toEqual(["ALLOWED", "CONDITIONAL"]);
    expect(parseBrowseQuery(new URLSearchParams("effectiveStatus=FORBIDDEN")).query.effectiveStatus).toEqual([]);
  });

  it.each([
    ["kind=HUGE", "kind"],
    ["page=0", "page"],
    ["page=two", "page"],
    ["approved=EVERYTHING", "approved"],
    ["sort=random", "sort"],
    ["team=Not A Slug", "team"],
    ["arch=sd1", "arch"],
    [`q=${"x".repeat(101)}`, "q"],
  ])("refuses %s, naming the parameter, and keeps the valid rest", (query, parameter) => {
    const result = parseBrowseQuery(new URLSearchParams(`${query}&license=LicenseRef-kept`));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([parameter]);
    expect(result.query.license).toBe("LicenseRef-kept");
  });
});

describe("browseSearchParams", () => {
  it("leaves defaults out and round-trips through parseBrowseQuery", () => {
    expect(browseHref({})).toBe("/");
    const query = {
      ...EMPTY_BROWSE_QUERY,
      q: "sd 1.5",
      arch: ["SD1"],
      approved: ["RESEARCH" as const],
      effective: "COMMERCIAL_OUTPUTS" as const,
      effectiveStatus: ["FORBIDDEN" as const],
      sort: "released" as const,
      page: 2,
    };
    const params = browseSearchParams(query);
    expect(params.toString()).toBe("q=sd+1.5&arch=SD1&approved=RESEARCH&effective=COMMERCIAL_OUTPUTS&effectiveStatus=FORBIDDEN&sort=released&page=2");
    expect(parseBrowseQuery(params).query).toEqual(query);
  });

  it("says whether anything narrows the results", () => {
    expect(hasFilters(EMPTY_BROWSE_QUERY)).toBe(false);
    expect(hasFilters({ ...EMPTY_BROWSE_QUERY, sort: "added", page: 4 })).toBe(false);
    expect(hasFilters({ ...EMPTY_BROWSE_QUERY, team: "creative-studio" })).toBe(true);
  });
});

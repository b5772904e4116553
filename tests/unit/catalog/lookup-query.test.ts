import { describe, expect, it } from "vitest";
import { parseLookupQuery } from "@/lib/catalog/lookup-query";

describe("parseLookupQuery", () => {
  it("reads a hash in either case, an optional use and team", () => {
    const sha256 = "AB".repeat(32);
    expect(parseLookupQuery(new URLSearchParams(`sha256=${sha256}&use=COMMERCIAL_OUTPUTS&team=creative-studio`))).toEqual({
      ok: true,
      query: { sha256: sha256.toLowerCase(), use: "COMMERCIAL_OUTPUTS", team: "creative-studio" },
    });
  });

  it("reads an AutoV2 short hash instead of a SHA-256", () => {
    expect(parseLookupQuery(new URLSearchParams("autov2=6CE0161689&use=RESEARCH"))).toEqual({ ok: true, query: { autov2: "6ce0161689", use: "RESEARCH" } });
  });

  it.each([
    ["", "sha256"],
    ["autov2=6ce016168", "autov2"],
    ["autov2=6ce01616890", "autov2"],
    [`autov2=6ce0161689&sha256=${"a".repeat(64)}`, "autov2"],
    ["sha256=abc", "sha256"],
    [`sha256=${"g".repeat(64)}`, "sha256"],
    [`sha256=${"a".repeat(64)}&use=ANYTHING`, "use"],
    [`sha256=${"a".repeat(64)}&team=Not%20a%20slug`, "team"],
  ])("refuses %s, naming %s", (query, parameter) => {
    const result = parseLookupQuery(new URLSearchParams(query));
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([parameter]);
  });
});

import { describe, expect, it } from "vitest";
import { queryTerms, searchTermsFor, searchWords } from "@/lib/catalog/search-terms";

describe("search terms", () => {
  it("splits names into lower-case words at anything but letters and digits, dropping accents", () => {
    expect(searchWords("FLUX.1 [dev]")).toEqual(["flux", "1", "dev"]);
    expect(searchWords("Pokémon XL")).toEqual(["pokemon", "xl"]);
  });

  it("stores every prefix of every word, and the name without separators", () => {
    const terms = searchTermsFor(["Illustrious XL", "v2.0"]);
    expect(terms).toEqual(expect.arrayContaining(["i", "il", "illus", "illustrious", "x", "xl", "illustriousxl", "v2", "0", "v20"]));
    expect(terms).not.toContain("lustrious");
  });

  it("matches a query when each query word is a prefix of some stored word", () => {
    const stored = new Set(searchTermsFor(["Stable Diffusion v1", "SD 1.5", "1.5"]));
    const matches = (query: string) => queryTerms(query).every((term) => stored.has(term));
    expect(matches("stable diff")).toBe(true);
    expect(matches("sd 1.5")).toBe(true);
    // "SD 1.5" is also stored joined ("sd15"), so "SD1" finds it.
    expect(matches("SD1")).toBe(true);
    expect(matches("diffusion stable")).toBe(true);
    expect(matches("stablediff")).toBe(true);
    expect(matches("sdxl")).toBe(false);
  });

  it("ignores duplicate words and caps the query at eight words", () => {
    expect(queryTerms("xl XL xl")).toEqual(["xl"]);
    expect(queryTerms("a b c d e f g h i j")).toHaveLength(8);
    expect(queryTerms("  ")).toEqual([]);
  });
});

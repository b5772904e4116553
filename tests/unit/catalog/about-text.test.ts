import { describe, expect, it } from "vitest";
import { hasAboutText, type AboutNotes } from "@/lib/catalog/about-text";

const EMPTY: AboutNotes = { bestFor: null, pros: [], cons: [], knownFlaws: [], licenseNotes: null };

describe("hasAboutText", () => {
  it("is false for a version with no description and no notes (the panel is hidden)", () => {
    expect(hasAboutText(null, EMPTY)).toBe(false);
    expect(hasAboutText("   ", { ...EMPTY, bestFor: " ", pros: [""] })).toBe(false);
  });

  it.each<[string, string | null, Partial<AboutNotes>]>([
    ["a description", "Black Forest Labs' open-weights model.", {}],
    ["best for", null, { bestFor: "Portraits" }],
    ["a pro", null, { pros: ["Sharp"] }],
    ["a known flaw", null, { knownFlaws: ["Hands"] }],
    ["licence notes", null, { licenseNotes: "Outputs usable commercially." }],
  ])("is true with %s", (_name, description, notes) => {
    expect(hasAboutText(description, { ...EMPTY, ...notes })).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { CIVITAI_ONLY_CONDITION, CREDIT_CONDITION, CREDIT_OBLIGATION, mapCreatorTerms } from "@/lib/licensing/creator-terms";
import type { CommercialUse, IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";
import { creator } from "./fixtures";

const statusOf = (layer: ReturnType<typeof mapCreatorTerms>, use: IntendedUse) => layer.terms[use]?.status;

describe("allowCommercialUse -> COMMERCIAL_OUTPUTS / HOSTED_SERVICE / REDISTRIBUTE_WEIGHTS", () => {
  it.each<[string, CommercialUse[], TermStatus, TermStatus, TermStatus]>([
    ["not stated (empty)", [], "UNKNOWN", "UNKNOWN", "UNKNOWN"],
    ["None", ["NONE"], "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    ["Image only", ["IMAGE"], "ALLOWED", "FORBIDDEN", "FORBIDDEN"],
    ["RentCivit only", ["RENT_CIVIT"], "FORBIDDEN", "CONDITIONAL", "FORBIDDEN"],
    ["Rent only (any service includes Civitai's)", ["RENT"], "FORBIDDEN", "ALLOWED", "FORBIDDEN"],
    ["RentCivit + Rent", ["RENT_CIVIT", "RENT"], "FORBIDDEN", "ALLOWED", "FORBIDDEN"],
    ["Sell only (no inference of Image or Rent)", ["SELL"], "FORBIDDEN", "FORBIDDEN", "ALLOWED"],
    ["Image + Sell", ["IMAGE", "SELL"], "ALLOWED", "FORBIDDEN", "ALLOWED"],
    ["everything", ["IMAGE", "RENT_CIVIT", "RENT", "SELL"], "ALLOWED", "ALLOWED", "ALLOWED"],
    ["None with other values (None wins)", ["NONE", "IMAGE", "RENT", "SELL"], "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    ["duplicates are harmless", ["IMAGE", "IMAGE"], "ALLOWED", "FORBIDDEN", "FORBIDDEN"],
  ])("%s", (_label, allowCommercialUse, commercialOutputs, hostedService, redistribute) => {
    const layer = mapCreatorTerms(creator({ allowCommercialUse, allowNoCredit: true }));
    expect(statusOf(layer, "COMMERCIAL_OUTPUTS")).toBe(commercialOutputs);
    expect(statusOf(layer, "HOSTED_SERVICE")).toBe(hostedService);
    expect(statusOf(layer, "REDISTRIBUTE_WEIGHTS")).toBe(redistribute);
  });

  it("RentCivit alone is conditional on Civitai's generation service", () => {
    const layer = mapCreatorTerms(creator({ allowCommercialUse: ["RENT_CIVIT"], allowNoCredit: true }));
    expect(layer.terms.HOSTED_SERVICE).toEqual({ status: "CONDITIONAL", conditions: [CIVITAI_ONLY_CONDITION] });
  });

  it("None together with other values is recorded as unclear", () => {
    const layer = mapCreatorTerms(creator({ allowCommercialUse: ["NONE", "IMAGE"] }));
    expect(layer.unknowns).toContainEqual(expect.stringContaining("None together with other values"));
  });
});

describe("allowDerivatives -> DERIVATIVES", () => {
  it.each<[boolean | null, TermStatus]>([
    [true, "ALLOWED"],
    [false, "FORBIDDEN"],
    [null, "UNKNOWN"],
  ])("allowDerivatives %s -> %s", (allowDerivatives, expected) => {
    expect(statusOf(mapCreatorTerms(creator({ allowDerivatives, allowNoCredit: true })), "DERIVATIVES")).toBe(expected);
  });
});

describe("allowNoCredit -> credit obligation", () => {
  const everything: CommercialUse[] = ["IMAGE", "RENT_CIVIT", "RENT", "SELL"];

  it.each<[string, IntendedUse, CommercialUse[], boolean, TermStatus, string[]]>([
    ["sold images need credit", "COMMERCIAL_OUTPUTS", everything, true, "CONDITIONAL", [CREDIT_CONDITION]],
    ["hosting needs credit", "HOSTED_SERVICE", everything, true, "CONDITIONAL", [CREDIT_CONDITION]],
    ["selling the model needs credit", "REDISTRIBUTE_WEIGHTS", everything, true, "CONDITIONAL", [CREDIT_CONDITION]],
    ["derivatives need credit", "DERIVATIVES", everything, true, "CONDITIONAL", [CREDIT_CONDITION]],
    ["a conditional use gains the condition", "HOSTED_SERVICE", ["RENT_CIVIT"], true, "CONDITIONAL", [CIVITAI_ONLY_CONDITION, CREDIT_CONDITION]],
    ["a forbidden use stays forbidden", "COMMERCIAL_OUTPUTS", ["NONE"], true, "FORBIDDEN", []],
    ["an unknown use stays unknown", "COMMERCIAL_OUTPUTS", [], true, "UNKNOWN", []],
    ["a forbidden derivative stays forbidden", "DERIVATIVES", everything, false, "FORBIDDEN", []],
  ])("allowNoCredit false: %s", (_label, use, allowCommercialUse, allowDerivatives, status, conditions) => {
    const layer = mapCreatorTerms(creator({ allowCommercialUse, allowDerivatives, allowNoCredit: false }));
    expect(layer.terms[use]).toEqual({ status, conditions });
    expect(layer.obligations).toEqual([CREDIT_OBLIGATION]);
  });

  it.each<[boolean | null, string[], boolean]>([
    [false, [CREDIT_OBLIGATION], false],
    [true, [], false],
    [null, [], true],
  ])("allowNoCredit %s -> obligations %j, unknown note %s", (allowNoCredit, obligations, noted) => {
    const layer = mapCreatorTerms(creator({ allowCommercialUse: ["IMAGE"], allowNoCredit }));
    expect(layer.obligations).toEqual(obligations);
    expect(layer.unknowns.some((note) => note.includes("credit is required"))).toBe(noted);
  });

  it("null credit flag does not change any status", () => {
    const layer = mapCreatorTerms(creator({ allowCommercialUse: ["IMAGE"], allowDerivatives: true, allowNoCredit: null }));
    expect(layer.terms.COMMERCIAL_OUTPUTS).toEqual({ status: "ALLOWED", conditions: [] });
    expect(layer.terms.DERIVATIVES).toEqual({ status: "ALLOWED", conditions: [] });
  });
});

describe("allowDifferentLicense -> pass-through", () => {
  it.each<[boolean | null, boolean, boolean]>([
    [false, true, false],
    [true, false, false],
    [null, false, true],
  ])("allowDifferentLicense %s -> passThrough %s, unknown note %s", (allowDifferentLicense, passThrough, noted) => {
    const layer = mapCreatorTerms(creator({ allowDifferentLicense }));
    expect(layer.passThrough).toBe(passThrough);
    expect(layer.unknowns.some((note) => note.includes("different terms"))).toBe(noted);
  });
});

describe("uses the creator terms do not speak to", () => {
  it.each<[IntendedUse]>([["INTERNAL_EXPLORATION"], ["RESEARCH"], ["TRAIN_ON_OUTPUTS"]])("%s has no term even when every flag is set", (use) => {
    const layer = mapCreatorTerms({
      allowCommercialUse: ["IMAGE", "RENT", "SELL"],
      allowNoCredit: false,
      allowDerivatives: true,
      allowDifferentLicense: false,
    });
    expect(use in layer.terms).toBe(false);
  });
});

describe("summary and text", () => {
  it.each<[string, Parameters<typeof creator>[0], string]>([
    ["no selling the model", { allowCommercialUse: ["IMAGE"] }, "No selling or redistributing the model."],
    ["Civitai only", { allowCommercialUse: ["RENT_CIVIT"] }, "May be run only on Civitai's generation service."],
    ["no derivatives", { allowDerivatives: false }, "No fine-tunes or merges."],
    ["credit", { allowNoCredit: false }, "Credit the creator."],
    ["keep terms", { allowDifferentLicense: false }, "Derivatives must keep these terms."],
    ["unstated commercial use", {}, "Selling generated images: not stated."],
  ])("summary states %s", (_label, flags, line) => {
    expect(mapCreatorTerms(creator(flags)).summary).toContain(line);
  });

  it.each<[string | null | undefined, string | null]>([
    ["  No use in NFTs.  ", "No use in NFTs."],
    ["   ", null],
    [null, null],
    [undefined, null],
  ])("text %j is kept as %j", (text, expected) => {
    expect(mapCreatorTerms(creator({ text })).text).toBe(expected);
  });
});

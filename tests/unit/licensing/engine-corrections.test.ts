import { describe, expect, it } from "vitest";
import { mapCreatorTerms, UnknownCreatorTermError } from "@/lib/licensing/creator-terms";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import type { VersionInput } from "@/lib/licensing/lineage-input";
import type { OrganisationFactInput } from "@/lib/licensing/organisation-conditions";
import { INTENDED_USES, type CommercialUse, type VersionKind } from "@/lib/licensing/vocabulary";
import { updateCreatorTermsSchema as creatorTermsSchema } from "@/lib/schemas/catalog";
import { compute, creator, everyUse, graph, license, OPENRAIL_M, PERMISSIVE, STABILITY_NON_COMMERCIAL, version } from "./fixtures";

describe("LINEAGE_NOT_RECORDED: a derived version with no recorded parent is UNKNOWN for every use", () => {
  it.each<[VersionKind, boolean]>([
    ["FINETUNE", true],
    ["MERGE", true],
    ["DISTILLED", true],
    ["BASE", false],
  ])("%s without parents -> unknown on its account: %s", (kind, unknown) => {
    const result = compute("orphan", graph(version("orphan", { kind, licenses: [PERMISSIVE] })));
    for (const use of INTENDED_USES) {
      expect(result.uses[use].status).toBe(unknown ? "UNKNOWN" : "ALLOWED");
      if (unknown) expect(result.uses[use].provenance.map((entry) => entry.source.kind)).toContain("lineage-not-recorded");
    }
    const violation = result.violations.find((entry) => entry.code === "LINEAGE_NOT_RECORDED");
    if (unknown) expect(violation).toMatchObject({ severity: "error", version: { id: "orphan" }, kind });
    else expect(violation).toBeUndefined();
  });

  it("a fine-tune with its parent recorded is not affected", () => {
    const result = compute("ft", graph(version("base", { licenses: [PERMISSIVE] }), version("ft", { parents: ["base"], licenses: [PERMISSIVE] })));
    expect(result.uses.COMMERCIAL_OUTPUTS.status).toBe("ALLOWED");
    expect(result.violations.map((entry) => entry.code)).not.toContain("LINEAGE_NOT_RECORDED");
  });
});

describe("the output does not depend on the order of the inputs", () => {
  const facts: OrganisationFactInput[] = [
    {
      id: "f1",
      conditionKey: "stability-community-revenue",
      met: true,
      evidenceReference: "REG-1",
      recordedBy: "legal",
      recordedAt: "2026-01-01T00:00:00.000Z",
      reviewBy: "2027-01-01T00:00:00.000Z",
    },
    {
      id: "f2",
      conditionKey: "outputs-content-review",
      met: true,
      evidenceReference: "POL-7",
      recordedBy: "legal",
      recordedAt: "2026-01-02T00:00:00.000Z",
      reviewBy: "2027-01-01T00:00:00.000Z",
    },
  ];
  const base = license("keyed", everyUse("ALLOWED"));
  const keyed = {
    ...base,
    terms: {
      ...base.terms,
      COMMERCIAL_OUTPUTS: { status: "CONDITIONAL" as const, condition: "revenue", conditionKeys: ["stability-community-revenue", "outputs-content-review"] },
    },
  };
  const versions: VersionInput[] = [
    version("a", { licenses: [OPENRAIL_M, keyed] }),
    version("b", {
      licenses: [STABILITY_NON_COMMERCIAL, PERMISSIVE],
      creatorTerms: creator({ allowCommercialUse: ["SELL", "IMAGE", "RENT_CIVIT"], allowNoCredit: false }),
    }),
    version("c", { parents: ["a"], licenses: [PERMISSIVE] }),
    version("merge", {
      kind: "MERGE",
      parents: ["c", "b", "a"],
      licenses: [PERMISSIVE, OPENRAIL_M],
      creatorTerms: creator({ allowCommercialUse: ["IMAGE", "RENT"], allowDifferentLicense: false }),
    }),
  ];

  function reversed(entry: VersionInput): VersionInput {
    return {
      ...entry,
      parents: [...entry.parents].reverse(),
      licenseLayers: [...entry.licenseLayers].reverse(),
      creatorTerms: entry.creatorTerms
        ? { ...entry.creatorTerms, allowCommercialUse: [...entry.creatorTerms.allowCommercialUse].reverse() as CommercialUse[] }
        : null,
    };
  }

  it("gives byte-identical JSON for the same facts in another order (versions, parents, licence layers, creator values, facts)", () => {
    const forward = computeEffectiveTerms({ subjectId: "merge", versions: graph(...versions), organisationFacts: facts });
    const backward = computeEffectiveTerms({
      subjectId: "merge",
      versions: graph(...versions.map(reversed).reverse()),
      organisationFacts: [...facts].reverse(),
    });
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
    expect(forward.uses.COMMERCIAL_OUTPUTS.keyedConditions.map((condition) => condition.key)).toEqual([
      "outputs-content-review",
      "stability-community-revenue",
    ]);
  });
});

describe("PASS_THROUGH_NOT_CARRIED: a child of a pass-through layer must carry the restrictions forward", () => {
  it.each<[string, VersionInput, boolean]>([
    // Same statuses as the parent, but a licence that passes nothing on: the restrictions stop here.
    ["a relicence with no pass-through", version("child", { parents: ["rail"], licenses: [license("strict", everyUse("UNKNOWN"))] }), true],
    ["the same OpenRAIL licence", version("child", { parents: ["rail"], licenses: [OPENRAIL_M] }), false],
    [
      "another licence that passes use restrictions on",
      version("child", { parents: ["rail"], licenses: [license("rail-like", everyUse("UNKNOWN"), { passThrough: true })] }),
      false,
    ],
    ["no licence recorded (already UNKNOWN for everything)", version("child", { parents: ["rail"] }), false],
  ])("%s -> violation: %s", (_label, child, violation) => {
    const result = compute("child", graph(version("rail", { licenses: [OPENRAIL_M] }), child));
    const found = result.violations.find((entry) => entry.code === "PASS_THROUGH_NOT_CARRIED");
    if (violation) {
      expect(found).toMatchObject({ severity: "error", child: { id: "child" }, ancestor: { id: "rail" } });
      expect(result.violations.map((entry) => entry.code)).not.toContain("MORE_PERMISSIVE_THAN_PASS_THROUGH");
    } else {
      expect(found).toBeUndefined();
    }
  });

  it("a creator's 'derivatives keep these terms' is carried only by creator terms that keep them", () => {
    const parent = version("parent", { licenses: [PERMISSIVE], creatorTerms: creator({ allowCommercialUse: ["IMAGE"], allowDifferentLicense: false }) });
    const dropped = compute(
      "child",
      graph(parent, version("child", { parents: ["parent"], licenses: [PERMISSIVE], creatorTerms: creator({ allowCommercialUse: ["NONE"] }) })),
    );
    expect(dropped.violations.map((entry) => entry.code)).toContain("PASS_THROUGH_NOT_CARRIED");
    const kept = compute(
      "child",
      graph(
        parent,
        version("child", {
          parents: ["parent"],
          licenses: [PERMISSIVE],
          creatorTerms: creator({ allowCommercialUse: ["NONE"], allowDifferentLicense: false }),
        }),
      ),
    );
    expect(kept.violations.map((entry) => entry.code)).not.toContain("PASS_THROUGH_NOT_CARRIED");
  });
});

describe("a creator-terms value the engine does not know is refused at the input boundary", () => {
  it.each(["RentCivit", "Sell", "rent", "EVERYTHING"])("%s is refused with a clear message", (value) => {
    expect(() => mapCreatorTerms(creator({ allowCommercialUse: [value as CommercialUse] }))).toThrow(UnknownCreatorTermError);
    expect(() => mapCreatorTerms(creator({ allowCommercialUse: [value as CommercialUse] }))).toThrow(`"${value}" is not a value this registry knows`);
    const input = graph(version("v", { licenses: [PERMISSIVE], creatorTerms: creator({ allowCommercialUse: ["IMAGE", value as CommercialUse] }) }));
    expect(() => compute("v", input)).toThrow(UnknownCreatorTermError);
  });

  it("names Civitai's spelling and the registry's", () => {
    expect(() => mapCreatorTerms(creator({ allowCommercialUse: ["RentCivit" as CommercialUse] }))).toThrow(`Civitai's "RentCivit" is written RENT_CIVIT here.`);
  });

  it("the catalog form's schema says the same, and writes nothing", () => {
    const parsed = creatorTermsSchema.safeParse({
      versionId: "00000000-0000-4000-8000-000000000000",
      expectedRevision: "0",
      allowCommercialUse: ["RentCivit"],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain(`"RentCivit" is not a value this registry knows`);
  });

  it("known values still map as before", () => {
    expect(mapCreatorTerms(creator({ allowCommercialUse: ["RENT_CIVIT"] })).terms.HOSTED_SERVICE?.status).toBe("CONDITIONAL");
  });
});

describe("organisation conditions: a fact meets a keyed condition, the status stays CONDITIONAL", () => {
  const base = license("community", everyUse("ALLOWED"));
  const keyed = {
    ...base,
    terms: {
      ...base.terms,
      COMMERCIAL_OUTPUTS: {
        status: "CONDITIONAL" as const,
        condition: "revenue under USD 1M",
        basis: "Community License",
        conditionKeys: ["stability-community-revenue"],
      },
    },
  };
  const versions = graph(version("sd35", { licenses: [keyed] }));
  const fact = (met: boolean): OrganisationFactInput => ({
    id: "fact-1",
    conditionKey: "stability-community-revenue",
    met,
    evidenceReference: "Stability registration #42",
    recordedBy: "Lee Legal (legal@example.com)",
    recordedAt: "2026-11-01T00:00:00.000Z",
    reviewBy: "2027-11-01T00:00:00.000Z",
  });

  it.each<[string, OrganisationFactInput[], boolean]>([
    ["no fact", [], false],
    ["a fact saying met", [fact(true)], true],
    ["a fact saying not met", [fact(false)], false],
  ])("%s -> usable without a waiver: %s", (_label, facts, usable) => {
    const result = computeEffectiveTerms({ subjectId: "sd35", versions, organisationFacts: facts });
    const term = result.uses.COMMERCIAL_OUTPUTS;
    expect(term.status).toBe("CONDITIONAL");
    expect(term.usableWithoutWaiver).toBe(usable);
    expect(term.keyedConditions).toEqual([
      expect.objectContaining({
        key: "stability-community-revenue",
        met: usable,
        fact: facts[0] ? expect.objectContaining({ recordedBy: "Lee Legal (legal@example.com)" }) : null,
      }),
    ]);
    expect(result.organisationFactIds).toEqual(usable ? ["fact-1"] : []);
    expect(term.provenance[0]?.basis).toBe("Community License");
    expect(result.uses.RESEARCH.usableWithoutWaiver).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { describeViolation } from "@/lib/licensing/explain";
import type { LineageViolation } from "@/lib/licensing/lineage-violation";
import type { LineageRelation } from "@/lib/licensing/vocabulary";
import { compute, creator, everyUse, graph, license, OPENRAIL_M, OPENRAIL_PP_M, PERMISSIVE, version } from "./fixtures";

const NO_DERIVATIVES_LICENCE = license("no-derivatives", { ...everyUse("ALLOWED"), DERIVATIVES: "FORBIDDEN" });

function ofCode<C extends LineageViolation["code"]>(violations: LineageViolation[], code: C) {
  return violations.filter((violation): violation is Extract<LineageViolation, { code: C }> => violation.code === code);
}

describe("DERIVATIVE_OF_NO_DERIVATIVES", () => {
  it.each<[string, Parameters<typeof version>[1], LineageRelation, string]>([
    [
      "creator terms forbid derivatives (fine-tune)",
      { licenses: [PERMISSIVE], creatorTerms: creator({ allowDerivatives: false }) },
      "FINETUNE",
      "creator-terms",
    ],
    ["the licence forbids derivatives (distillation)", { licenses: [NO_DERIVATIVES_LICENCE] }, "DISTILL", "license"],
    ["creator terms forbid derivatives (merge)", { licenses: [PERMISSIVE], creatorTerms: creator({ allowDerivatives: false }) }, "MERGE", "creator-terms"],
  ])("%s", (_label, parent, relation, layerKind) => {
    const versions = graph(
      version("parent", { name: "Parent v1", ...parent }),
      version("other", { licenses: [PERMISSIVE] }),
      version("child", {
        name: "Child v1",
        kind: relation === "MERGE" ? "MERGE" : "FINETUNE",
        parents:
          relation === "MERGE"
            ? [
                { parentId: "parent", relation },
                { parentId: "other", relation },
              ]
            : [{ parentId: "parent", relation }],
        licenses: [PERMISSIVE],
      }),
    );
    const [violation, ...rest] = ofCode(compute("child", versions).violations, "DERIVATIVE_OF_NO_DERIVATIVES");
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({
      severity: "error",
      parent: { id: "parent", name: "Parent v1" },
      child: { id: "child", name: "Child v1" },
      relation,
    });
    expect(violation!.forbiddenBy.map((source) => source.kind)).toEqual([layerKind]);
  });

  it("is reported on the edge where it happens, deeper in the ancestry", () => {
    const versions = graph(
      version("grandparent", { licenses: [PERMISSIVE], creatorTerms: creator({ allowDerivatives: false }) }),
      version("parent", { parents: ["grandparent"], licenses: [PERMISSIVE], creatorTerms: creator({ allowDerivatives: true }) }),
      version("child", { parents: ["parent"], licenses: [PERMISSIVE] }),
    );
    const violations = ofCode(compute("child", versions).violations, "DERIVATIVE_OF_NO_DERIVATIVES");
    expect(violations.map((violation) => [violation.parent.id, violation.child.id])).toEqual([["grandparent", "parent"]]);
  });

  it.each<[string, Parameters<typeof version>[1]]>([
    ["allowed", { licenses: [PERMISSIVE], creatorTerms: creator({ allowDerivatives: true }) }],
    ["unknown", { licenses: [PERMISSIVE], creatorTerms: creator({ allowDerivatives: null }) }],
    ["conditional", { licenses: [OPENRAIL_M] }],
  ])("is not reported when the parent's derivatives are %s", (_label, parent) => {
    const versions = graph(version("parent", parent), version("child", { parents: ["parent"], licenses: [OPENRAIL_M] }));
    expect(ofCode(compute("child", versions).violations, "DERIVATIVE_OF_NO_DERIVATIVES")).toEqual([]);
  });

  it("reads as a sentence a reviewer can act on", () => {
    const versions = graph(
      version("pony", { name: "Pony Diffusion V6 XL", licenses: [PERMISSIVE], creatorTerms: creator({ allowDerivatives: false }) }),
      version("merge", { name: "Pony Merge", parents: ["pony"], licenses: [PERMISSIVE] }),
    );
    const [violation] = ofCode(compute("merge", versions).violations, "DERIVATIVE_OF_NO_DERIVATIVES");
    expect(describeViolation(violation!)).toBe("Pony Merge is a fine-tune of Pony Diffusion V6 XL, which forbids derivatives (creator terms).");
  });
});

describe("MORE_PERMISSIVE_THAN_PASS_THROUGH", () => {
  it.each<[string, Parameters<typeof version>[1], Parameters<typeof version>[1], Array<[string, string, string]>]>([
    [
      "OpenRAIL pass-through, child relicensed permissively",
      { licenses: [OPENRAIL_M] },
      { licenses: [PERMISSIVE] },
      [
        ["COMMERCIAL_OUTPUTS", "ALLOWED", "CONDITIONAL"],
        ["HOSTED_SERVICE", "ALLOWED", "CONDITIONAL"],
        ["REDISTRIBUTE_WEIGHTS", "ALLOWED", "CONDITIONAL"],
        ["DERIVATIVES", "ALLOWED", "CONDITIONAL"],
      ],
    ],
    [
      "OpenRAIL pass-through, child keeps the licence and adds creator terms",
      { licenses: [OPENRAIL_M] },
      { licenses: [OPENRAIL_M], creatorTerms: creator({ allowCommercialUse: ["IMAGE", "RENT", "SELL"], allowDerivatives: true }) },
      [],
    ],
    [
      "allowDifferentLicense=false, child drops the creator's no-selling term",
      {
        licenses: [OPENRAIL_PP_M],
        creatorTerms: creator({ allowCommercialUse: ["IMAGE"], allowNoCredit: true, allowDerivatives: true, allowDifferentLicense: false }),
      },
      { licenses: [OPENRAIL_PP_M] },
      [
        ["HOSTED_SERVICE", "CONDITIONAL", "FORBIDDEN"],
        ["REDISTRIBUTE_WEIGHTS", "CONDITIONAL", "FORBIDDEN"],
      ],
    ],
    [
      "allowDifferentLicense=false, child keeps the creator's terms",
      {
        licenses: [OPENRAIL_PP_M],
        creatorTerms: creator({ allowCommercialUse: ["IMAGE"], allowNoCredit: true, allowDerivatives: true, allowDifferentLicense: false }),
      },
      { licenses: [OPENRAIL_PP_M], creatorTerms: creator({ allowCommercialUse: ["IMAGE"], allowNoCredit: true, allowDifferentLicense: false }) },
      [],
    ],
    [
      "allowDifferentLicense=true is not a pass-through",
      { licenses: [PERMISSIVE], creatorTerms: creator({ allowCommercialUse: ["NONE"], allowDifferentLicense: true }) },
      { licenses: [PERMISSIVE] },
      [],
    ],
    ["a child with no licence recorded declares nothing", { licenses: [OPENRAIL_M] }, {}, []],
    [
      "a child stating UNKNOWN is not more permissive than FORBIDDEN",
      { licenses: [license("strict", everyUse("FORBIDDEN"), { passThrough: true })] },
      { licenses: [license("vague", everyUse("UNKNOWN"))] },
      [],
    ],
  ])("%s", (_label, parent, child, expected) => {
    const versions = graph(version("parent", parent), version("child", { parents: ["parent"], ...child }));
    const violations = ofCode(compute("child", versions).violations, "MORE_PERMISSIVE_THAN_PASS_THROUGH");
    expect(violations.map((violation) => [violation.use, violation.declared, violation.allowed])).toEqual(expected);
    for (const violation of violations) {
      expect([violation.child.id, violation.ancestor.id]).toEqual(["child", "parent"]);
    }
  });

  it("names the ancestor's pass-through layer and the child's declaring layer", () => {
    const versions = graph(
      version("sd15", { name: "SD 1.5", licenses: [OPENRAIL_M] }),
      version("ft", { name: "Relicensed FT", parents: ["sd15"], licenses: [PERMISSIVE] }),
    );
    const [first] = ofCode(compute("ft", versions).violations, "MORE_PERMISSIVE_THAN_PASS_THROUGH");
    expect(first!.passThroughLayers).toEqual([expect.objectContaining({ kind: "license", versionId: "sd15", licenseKey: OPENRAIL_M.licenseKey })]);
    expect(first!.declaredBy).toEqual([expect.objectContaining({ kind: "license", versionId: "ft", licenseKey: PERMISSIVE.licenseKey })]);
    expect(describeViolation(first!)).toBe(
      "Relicensed FT declares Commercial outputs Allowed (Permissive Test License (licence of Relicensed FT)), but it must keep the terms of CreativeML Open RAIL-M (licence of SD 1.5), where that use is Conditional.",
    );
  });

  it("a licence passed down through several ancestors is reported once, at the nearest", () => {
    const versions = graph(
      version("sd15", { licenses: [OPENRAIL_M] }),
      version("ft1", { parents: ["sd15"], licenses: [OPENRAIL_M] }),
      version("ft2", { parents: ["ft1"], licenses: [OPENRAIL_M] }),
      version("relicensed", { parents: ["ft2"], licenses: [PERMISSIVE] }),
    );
    const violations = ofCode(compute("relicensed", versions).violations, "MORE_PERMISSIVE_THAN_PASS_THROUGH");
    expect(violations.map((violation) => [violation.use, violation.ancestor.id, violation.passThroughLayers.length])).toEqual([
      ["COMMERCIAL_OUTPUTS", "ft2", 1],
      ["HOSTED_SERVICE", "ft2", 1],
      ["REDISTRIBUTE_WEIGHTS", "ft2", 1],
      ["DERIVATIVES", "ft2", 1],
    ]);
  });

  it("one violation per use, against the strictest pass-through layers of the ancestry", () => {
    const keepTerms = creator({ allowCommercialUse: ["IMAGE"], allowNoCredit: true, allowDerivatives: true, allowDifferentLicense: false });
    const versions = graph(
      version("a", { name: "A", licenses: [OPENRAIL_M], creatorTerms: keepTerms }),
      version("b", { name: "B", licenses: [OPENRAIL_M], creatorTerms: keepTerms }),
      version("merge", { name: "Merge", parents: ["a", "b"], licenses: [OPENRAIL_M], creatorTerms: keepTerms }),
      version("relicensed", { name: "Relicensed", parents: ["merge"], licenses: [PERMISSIVE] }),
    );
    const violations = ofCode(compute("relicensed", versions).violations, "MORE_PERMISSIVE_THAN_PASS_THROUGH");
    const summary = violations.map((violation) => [
      violation.use,
      violation.allowed,
      violation.ancestor.id,
      violation.passThroughLayers.map((source) => `${source.versionId}/${source.kind}`),
    ]);
    expect(summary).toEqual([
      ["COMMERCIAL_OUTPUTS", "CONDITIONAL", "merge", ["merge/license"]],
      ["HOSTED_SERVICE", "FORBIDDEN", "merge", ["merge/creator-terms", "a/creator-terms", "b/creator-terms"]],
      ["REDISTRIBUTE_WEIGHTS", "FORBIDDEN", "merge", ["merge/creator-terms", "a/creator-terms", "b/creator-terms"]],
      ["DERIVATIVES", "CONDITIONAL", "merge", ["merge/license"]],
    ]);
    expect(describeViolation(violations[1]!)).toBe(
      "Relicensed declares Hosted service Allowed (Permissive Test License (licence of Relicensed)), but it must keep the terms of creator terms of Merge (and 2 more layers), where that use is Forbidden.",
    );
  });

  it("is checked for every version of the ancestry, not only the subject", () => {
    const versions = graph(
      version("sd15", { licenses: [OPENRAIL_M] }),
      version("relicensed", { parents: ["sd15"], licenses: [PERMISSIVE] }),
      version("leaf", { parents: ["relicensed"], licenses: [OPENRAIL_M] }),
    );
    const children = ofCode(compute("leaf", versions).violations, "MORE_PERMISSIVE_THAN_PASS_THROUGH").map((violation) => violation.child.id);
    expect(new Set(children)).toEqual(new Set(["relicensed"]));
  });

  it("the effective terms stay restricted whatever the child declares", () => {
    const versions = graph(
      version("parent", { licenses: [PERMISSIVE], creatorTerms: creator({ allowCommercialUse: ["IMAGE"], allowDifferentLicense: false }) }),
      version("child", { parents: ["parent"], licenses: [PERMISSIVE], creatorTerms: creator({ allowCommercialUse: ["IMAGE", "SELL"] }) }),
    );
    const result = compute("child", versions);
    expect(result.uses.REDISTRIBUTE_WEIGHTS.status).toBe("FORBIDDEN");
    expect(ofCode(result.violations, "MORE_PERMISSIVE_THAN_PASS_THROUGH").map((violation) => violation.use)).toContain("REDISTRIBUTE_WEIGHTS");
    expect(result.passThroughRestrictions[0]!.text).toMatch(
      /^Derivatives must keep the terms set by the creator of parent: .*No selling or redistributing the model\./,
    );
  });
});

describe("violation ordering and wording", () => {
  it("lists errors before warnings", () => {
    const versions = graph(version("m", { kind: "MERGE", parents: ["ghost"], licenses: [PERMISSIVE] }));
    expect(compute("m", versions).violations.map((violation) => violation.severity)).toEqual(["error", "warning"]);
  });

  it.each<[LineageViolation, string]>([
    [
      {
        code: "CYCLE",
        severity: "error",
        versions: [
          { id: "a", name: "A" },
          { id: "b", name: null },
        ],
      },
      "The lineage contains a cycle: A → unknown version b → A.",
    ],
    [
      { code: "MISSING_PARENT", severity: "error", child: { id: "c", name: "C" }, parentId: "p", relation: "MERGE" },
      "C names parent p, which is not in the registry; its terms are treated as unknown.",
    ],
    [
      { code: "MERGE_WITH_FEWER_THAN_TWO_PARENTS", severity: "warning", version: { id: "m", name: "M" }, parentCount: 1 },
      "M is a merge but has 1 parent recorded.",
    ],
    [{ code: "BASE_WITH_PARENTS", severity: "warning", version: { id: "b", name: "B" }, parentCount: 2 }, "B is a base model but has 2 parents recorded."],
  ])("describes %j", (violation, sentence) => {
    expect(describeViolation(violation)).toBe(sentence);
  });
});

import { describe, expect, it } from "vitest";
import type { Provenance } from "@/lib/licensing/effective-terms";
import { explainUseTerm } from "@/lib/licensing/explain";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import { compute, creator, everyUse, graph, license, OPENRAIL_M, PERMISSIVE, STABILITY_NON_COMMERCIAL, version } from "./fixtures";

/** "versionId/licenseKey" or "versionId/creator-terms", to compare provenance compactly. */
function where(provenance: Provenance[]): string[] {
  return provenance.map(({ source }) => {
    if (source.kind === "license") return `${source.versionId}/${source.licenseKey}`;
    return `${source.versionId}/${source.kind}`;
  });
}

describe("a fine-tune of a non-commercial base whose creator claims commercial use", () => {
  // Stable Cascade is non-commercial; a fine-tune claims a permissive licence and Image/Rent/Sell.
  const versions = graph(
    version("cascade", { name: "Stable Cascade", licenses: [STABILITY_NON_COMMERCIAL] }),
    version("cascade-ft", {
      name: "Cascade Fine-tune v1",
      parents: ["cascade"],
      licenses: [PERMISSIVE],
      creatorTerms: creator({ allowCommercialUse: ["IMAGE", "RENT", "SELL"], allowNoCredit: true, allowDerivatives: true }),
    }),
  );
  const result = compute("cascade-ft", versions);
  const base = `cascade/${STABILITY_NON_COMMERCIAL.licenseKey}`;

  it.each<[IntendedUse, TermStatus, string[]]>([
    ["COMMERCIAL_OUTPUTS", "FORBIDDEN", [base]],
    ["HOSTED_SERVICE", "FORBIDDEN", [base]],
    ["REDISTRIBUTE_WEIGHTS", "CONDITIONAL", [base]],
    ["TRAIN_ON_OUTPUTS", "UNKNOWN", [base]],
    ["DERIVATIVES", "CONDITIONAL", [base]],
  ])("%s is %s, imposed by %j", (use, status, provenance) => {
    expect(result.uses[use].status).toBe(status);
    expect(where(result.uses[use].provenance)).toEqual(provenance);
  });

  it("names the base's licence in the explanation", () => {
    expect(explainUseTerm(result.uses.COMMERCIAL_OUTPUTS)).toBe(
      "Commercial outputs: Forbidden, by Stability AI Non-Commercial Research Community License (licence of Stable Cascade).",
    );
  });
});

describe("a merge of three parents takes the most restrictive term per use from each", () => {
  const versions = graph(
    version("nc", { licenses: [license("nc", { ...everyUse("ALLOWED"), COMMERCIAL_OUTPUTS: "FORBIDDEN" })] }),
    version("flux", { licenses: [license("flux", { ...everyUse("ALLOWED"), TRAIN_ON_OUTPUTS: "FORBIDDEN" })] }),
    version("community", {
      licenses: [
        license("community", {
          ...everyUse("ALLOWED"),
          HOSTED_SERVICE: ["CONDITIONAL", "annual revenue under USD 1M"],
          REDISTRIBUTE_WEIGHTS: "UNKNOWN",
        }),
      ],
    }),
    version("merge", { parents: ["nc", "flux", "community"], licenses: [PERMISSIVE] }),
  );
  const result = compute("merge", versions);

  it.each<[IntendedUse, TermStatus, string[]]>([
    ["COMMERCIAL_OUTPUTS", "FORBIDDEN", ["nc/nc"]],
    ["TRAIN_ON_OUTPUTS", "FORBIDDEN", ["flux/flux"]],
    ["HOSTED_SERVICE", "CONDITIONAL", ["community/community"]],
    ["REDISTRIBUTE_WEIGHTS", "UNKNOWN", ["community/community"]],
    // Parents in a canonical order (by id), whatever order they were recorded in.
    ["INTERNAL_EXPLORATION", "ALLOWED", [`merge/${PERMISSIVE.licenseKey}`, "community/community", "flux/flux", "nc/nc"]],
  ])("%s is %s, decided by %j", (use, status, provenance) => {
    expect(result.uses[use].status).toBe(status);
    expect(where(result.uses[use].provenance)).toEqual(provenance);
  });

  it("carries the deciding parent's condition", () => {
    expect(result.uses.HOSTED_SERVICE.conditions).toEqual(["annual revenue under USD 1M"]);
  });
});

describe("nothing a child says lifts an ancestor", () => {
  it.each<[string, TermStatus, Parameters<typeof version>[1], TermStatus]>([
    [
      "UNKNOWN is not lifted by a child's ALLOWED licence and Sell",
      "UNKNOWN",
      { licenses: [PERMISSIVE], creatorTerms: creator({ allowCommercialUse: ["SELL"] }) },
      "UNKNOWN",
    ],
    ["FORBIDDEN is not lifted by a child's ALLOWED", "FORBIDDEN", { licenses: [PERMISSIVE] }, "FORBIDDEN"],
    ["CONDITIONAL is not lifted by a child's ALLOWED", "CONDITIONAL", { licenses: [PERMISSIVE] }, "CONDITIONAL"],
    [
      "a child's licence without the term does not lift FORBIDDEN",
      "FORBIDDEN",
      { licenses: [license("partial", { INTERNAL_EXPLORATION: "ALLOWED" })] },
      "FORBIDDEN",
    ],
    [
      "a child's creator terms without the term do not lift UNKNOWN",
      "UNKNOWN",
      { licenses: [license("partial", { INTERNAL_EXPLORATION: "ALLOWED" })], creatorTerms: creator({ allowCommercialUse: ["IMAGE", "RENT", "SELL"] }) },
      "UNKNOWN",
    ],
  ])("%s", (_label, parentStatus, child, expected) => {
    const parentTerms = { ...everyUse("ALLOWED"), REDISTRIBUTE_WEIGHTS: parentStatus };
    const versions = graph(version("parent", { licenses: [license("parent-licence", parentTerms)] }), version("child", { parents: ["parent"], ...child }));
    const term = compute("child", versions).uses.REDISTRIBUTE_WEIGHTS;
    expect(term.status).toBe(expected);
    expect(where(term.provenance)).toContain("parent/parent-licence");
  });

  it("a child's stricter term does decide", () => {
    const versions = graph(
      version("parent", { licenses: [PERMISSIVE] }),
      version("child", { parents: ["parent"], licenses: [PERMISSIVE], creatorTerms: creator({ allowDerivatives: false }) }),
    );
    const term = compute("child", versions).uses.DERIVATIVES;
    expect([term.status, where(term.provenance)]).toEqual(["FORBIDDEN", ["child/creator-terms"]]);
  });
});

describe("a deep chain of 10 levels with the restriction at the root", () => {
  const chain = [version("level-0", { licenses: [STABILITY_NON_COMMERCIAL] })];
  for (let level = 1; level < 10; level++) {
    chain.push(
      version(`level-${level}`, {
        parents: [`level-${level - 1}`],
        licenses: [PERMISSIVE],
        creatorTerms: creator({ allowCommercialUse: ["IMAGE", "RENT", "SELL"], allowNoCredit: true, allowDerivatives: true }),
      }),
    );
  }
  const result = compute("level-9", graph(...chain));

  it.each<[IntendedUse, TermStatus]>([
    ["COMMERCIAL_OUTPUTS", "FORBIDDEN"],
    ["HOSTED_SERVICE", "FORBIDDEN"],
    ["TRAIN_ON_OUTPUTS", "UNKNOWN"],
  ])("%s is %s from the root", (use, status) => {
    expect(result.uses[use].status).toBe(status);
    expect(where(result.uses[use].provenance)).toEqual([`level-0/${STABILITY_NON_COMMERCIAL.licenseKey}`]);
  });

  it("lists the whole ancestry with depths", () => {
    expect(result.ancestry.map((entry) => [entry.id, entry.depth])).toEqual(Array.from({ length: 10 }, (_, index) => [`level-${9 - index}`, index]));
  });
});

describe("unknowns that must never look permissive", () => {
  it.each(INTENDED_USES.map((use) => [use]))("a version without licences is UNKNOWN for %s", (use) => {
    const term = compute("bare", graph(version("bare"))).uses[use];
    expect(term.status).toBe("UNKNOWN");
    expect(term.provenance.map((entry) => entry.source.kind)).toEqual(["license-not-recorded"]);
  });

  it("a version without licences still shows its creator's FORBIDDEN", () => {
    const result = compute("bare", graph(version("bare", { creatorTerms: creator({ allowDerivatives: false }) })));
    expect([result.uses.DERIVATIVES.status, result.uses.INTERNAL_EXPLORATION.status]).toEqual(["FORBIDDEN", "UNKNOWN"]);
  });

  it.each<[string, TermStatus]>([
    ["a permissive child", "UNKNOWN"],
    ["a forbidding child", "FORBIDDEN"],
  ])("a missing parent makes every use at least UNKNOWN for %s", (_label, childStatus) => {
    const child = version("child", { parents: ["ghost"], licenses: [license("own", everyUse(childStatus))] });
    const result = compute("child", graph(child));
    for (const use of INTENDED_USES) expect(result.uses[use].status).toBe(childStatus);
    expect(result.violations).toContainEqual(expect.objectContaining({ code: "MISSING_PARENT", child: { id: "child", name: "child" }, parentId: "ghost" }));
    expect(result.ancestry).toContainEqual({ id: "ghost", name: null, kind: null, depth: 1 });
  });

  it("a missing parent is named as the provenance of UNKNOWN", () => {
    const result = compute("child", graph(version("child", { parents: ["ghost"], licenses: [PERMISSIVE] })));
    expect(where(result.uses.COMMERCIAL_OUTPUTS.provenance)).toEqual(["ghost/version-not-found"]);
  });

  it("a use no layer of the ancestry states is UNKNOWN, naming the silent licences", () => {
    const versions = graph(
      version("parent", { licenses: [license("a", { INTERNAL_EXPLORATION: "ALLOWED" })] }),
      version("child", { parents: ["parent"], licenses: [license("b", { INTERNAL_EXPLORATION: "ALLOWED", RESEARCH: "ALLOWED" })] }),
    );
    const result = compute("child", versions);
    const term = result.uses.TRAIN_ON_OUTPUTS;
    expect(term.status).toBe("UNKNOWN");
    expect(term.provenance.map((entry) => [where([entry])[0], entry.stated])).toEqual([
      ["child/b", false],
      ["parent/a", false],
    ]);
    expect(explainUseTerm(term)).toBe(
      "Train on outputs: Unknown, by b (licence of child), which does not state this use; a (licence of parent), which does not state this use.",
    );
    expect(result.uses.INTERNAL_EXPLORATION.status).toBe("ALLOWED");
  });

  // Found by the property test: if a licence's silence had no say, a child's ALLOWED would lift
  // the parent's own UNKNOWN.
  it("a child's ALLOWED does not lift a parent whose licence is silent on the use", () => {
    const versions = graph(
      version("parent", { licenses: [license("a", { INTERNAL_EXPLORATION: "ALLOWED" })] }),
      version("child", { parents: ["parent"], licenses: [PERMISSIVE] }),
    );
    const parent = compute("parent", versions).uses.RESEARCH;
    const child = compute("child", versions).uses.RESEARCH;
    expect([parent.status, child.status]).toEqual(["UNKNOWN", "UNKNOWN"]);
    expect(where(child.provenance)).toEqual(["parent/a"]);
  });

  it("creator terms' silence on a use leaves it to the licences", () => {
    const result = compute(
      "v",
      graph(version("v", { licenses: [PERMISSIVE], creatorTerms: creator({ allowCommercialUse: ["NONE"], allowDerivatives: false }) })),
    );
    expect(INTENDED_USES.map((use) => result.uses[use].status)).toEqual(["ALLOWED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "ALLOWED", "ALLOWED"]);
  });

  it("an unrecognised status in the input is read as UNKNOWN", () => {
    const odd = license("odd", { COMMERCIAL_OUTPUTS: "ALLOWED" });
    const broken = { ...odd, terms: { COMMERCIAL_OUTPUTS: { status: "MAYBE" as TermStatus } } };
    expect(compute("v", graph(version("v", { licenses: [broken] }))).uses.COMMERCIAL_OUTPUTS.status).toBe("UNKNOWN");
  });
});

describe("unions of conditions, obligations and pass-through restrictions", () => {
  const versions = graph(
    version("sd15", { name: "SD 1.5", licenses: [OPENRAIL_M] }),
    version("anime", {
      name: "Anime FT",
      parents: ["sd15"],
      licenses: [{ ...OPENRAIL_M, obligations: ["include a copy of the licence with any redistribution ", "Credit the creator"] }],
      creatorTerms: creator({ allowCommercialUse: ["IMAGE", "RENT_CIVIT"], allowNoCredit: false, allowDerivatives: true }),
    }),
    version("merge", {
      name: "Anime Merge",
      parents: ["anime", "sd15"],
      licenses: [OPENRAIL_M],
      creatorTerms: creator({ allowCommercialUse: ["IMAGE"], allowNoCredit: false }),
    }),
  );
  const result = compute("merge", versions);

  it.each<[IntendedUse, string[]]>([
    ["COMMERCIAL_OUTPUTS", ["comply with the use-based restrictions (Attachment A)", "credit the creator"]],
    ["HOSTED_SERVICE", ["comply with the use-based restrictions (Attachment A)", "only on Civitai's generation service", "credit the creator"]],
    ["INTERNAL_EXPLORATION", []],
  ])("%s conditions are %j", (use, conditions) => {
    expect(result.uses[use].conditions).toEqual(conditions);
  });

  it("lists each obligation once, with every layer that imposes it", () => {
    expect(result.obligations.map((entry) => [entry.text, entry.sources.length])).toEqual([
      ["Include a copy of the licence with any redistribution", 3],
      ["Credit the creator", 3],
    ]);
  });

  it("lists the OpenRAIL restrictions once, with every version that passes them on", () => {
    expect(result.passThroughRestrictions).toHaveLength(1);
    expect(result.passThroughRestrictions[0]!.sources.map((source) => source.versionId)).toEqual(["merge", "anime", "sd15"]);
  });

  it("records what creators left unstated, with the source", () => {
    expect(result.unknowns.map((entry) => [entry.text, entry.sources.map((source) => source.versionId)])).toEqual([
      ["The creator does not state whether derivatives may use different terms.", ["merge", "anime"]],
    ]);
  });

  it("lists every licence version relied on once", () => {
    expect(result.licenseVersionIds).toEqual([OPENRAIL_M.licenseVersionId]);
  });
});

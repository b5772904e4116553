import { describe, expect, it } from "vitest";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { compute, creator, graph, OPENRAIL_M, PERMISSIVE, STABILITY_NON_COMMERCIAL, version } from "./fixtures";

describe("cycles and structural sanity", () => {
  it.each<[string, ReturnType<typeof version>[], string, string[][]]>([
    [
      "a two-version cycle above the subject",
      [
        version("s", { parents: ["a"], licenses: [PERMISSIVE] }),
        version("a", { parents: ["b"], licenses: [PERMISSIVE] }),
        version("b", { parents: ["a"], licenses: [PERMISSIVE] }),
      ],
      "s",
      [["b", "a"]],
    ],
    ["a self-parent", [version("s", { parents: ["s"], licenses: [PERMISSIVE] })], "s", [["s"]]],
    [
      "a cycle through the subject",
      [version("s", { parents: ["a"], licenses: [PERMISSIVE] }), version("a", { parents: ["s"], licenses: [PERMISSIVE] })],
      "s",
      [["a", "s"]],
    ],
  ])("%s is reported and the call returns", (_label, versions, subjectId, cycles) => {
    const result = compute(subjectId, graph(...versions));
    const reported = result.violations.flatMap((violation) => (violation.code === "CYCLE" ? [violation.versions.map((ref) => ref.id)] : []));
    expect(reported).toEqual(cycles);
    expect(result.uses.COMMERCIAL_OUTPUTS.status).toBe("ALLOWED");
  });

  it("a cycle does not hide a restriction inside it", () => {
    const versions = graph(
      version("s", { parents: ["a"], licenses: [PERMISSIVE] }),
      version("a", { parents: ["b"], licenses: [PERMISSIVE] }),
      version("b", { parents: ["a"], licenses: [STABILITY_NON_COMMERCIAL] }),
    );
    expect(compute("s", versions).uses.COMMERCIAL_OUTPUTS.status).toBe("FORBIDDEN");
  });

  it.each<[string, ReturnType<typeof version>, string, number]>([
    ["a merge with one parent", version("m", { kind: "MERGE", parents: ["p"], licenses: [PERMISSIVE] }), "MERGE_WITH_FEWER_THAN_TWO_PARENTS", 1],
    [
      "a merge listing the same parent twice",
      version("m", { kind: "MERGE", parents: ["p", "p"], licenses: [PERMISSIVE] }),
      "MERGE_WITH_FEWER_THAN_TWO_PARENTS",
      1,
    ],
    ["a base with a parent", version("m", { kind: "BASE", parents: ["p"], licenses: [PERMISSIVE] }), "BASE_WITH_PARENTS", 1],
  ])("%s is a warning", (_label, subject, code, parentCount) => {
    const result = compute("m", graph(subject, version("p", { licenses: [PERMISSIVE] })));
    expect(result.violations).toEqual([{ code, severity: "warning", version: { id: "m", name: "m" }, parentCount }]);
  });

  it("a well-formed merge has no violations", () => {
    const versions = graph(
      version("a", { licenses: [PERMISSIVE] }),
      version("b", { licenses: [PERMISSIVE] }),
      version("m", { parents: ["a", "b"], licenses: [PERMISSIVE] }),
    );
    expect(compute("m", versions).violations).toEqual([]);
  });
});

describe("input and output shape", () => {
  const versions = graph(
    version("sd15", { licenses: [OPENRAIL_M] }),
    version("ft", { parents: ["sd15", "ghost"], licenses: [OPENRAIL_M], creatorTerms: creator({ allowNoCredit: false }) }),
  );

  it("a Map and a Record give the same result", () => {
    const fromMap = computeEffectiveTerms({ subjectId: "ft", versions: new Map(Object.entries(versions)) });
    expect(fromMap).toEqual(compute("ft", versions));
  });

  it("the result survives a JSON round trip unchanged (it is stored as a snapshot)", () => {
    const result = compute("ft", versions);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("every use is present", () => {
    expect(Object.keys(compute("ft", versions).uses).sort()).toEqual([...INTENDED_USES].sort());
  });

  it("a subject missing from the input is a programming error", () => {
    expect(() => compute("nope", versions)).toThrow(/nope/);
  });

  it("ids that look like Object.prototype keys are not found by accident", () => {
    const result = compute("child", graph(version("child", { parents: ["constructor"], licenses: [PERMISSIVE] })));
    expect(result.violations.map((violation) => violation.code)).toEqual(["MISSING_PARENT"]);
  });
});

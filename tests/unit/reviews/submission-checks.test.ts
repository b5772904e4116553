import { describe, expect, it } from "vitest";
import { computeSubmissionChecks, type SubmissionCheckFacts } from "@/lib/reviews/submission-checks";
import { buildWouldBeInput, relationForKind, WOULD_BE_VERSION_ID } from "@/lib/reviews/would-be-version";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import { compute, creator, everyUse, graph, license, version } from "../licensing/fixtures";

const OPEN = license("LicenseRef-open", everyUse("ALLOWED"), { name: "Open" });
const NO_COMMERCIAL = license("LicenseRef-nc", { ...everyUse("ALLOWED"), COMMERCIAL_OUTPUTS: "FORBIDDEN" }, { name: "Non-commercial" });

const base: SubmissionCheckFacts = {
  subjectName: "Example XL v1",
  claimedArchitecture: "SDXL",
  detectedArchitecture: "SDXL",
  architectureNames: { SDXL: "Stable Diffusion XL", SD1: "Stable Diffusion 1.x" },
  parents: [],
  subjectLicenseKeys: ["LicenseRef-open"],
  sameFile: [],
  terms: compute("v", graph(version("v", { licenses: [OPEN] }))),
  requestedUses: ["INTERNAL_EXPLORATION"],
};

const codes = (facts: Partial<SubmissionCheckFacts>) => computeSubmissionChecks({ ...base, ...facts }).map((check) => [check.code, check.severity]);

describe("computeSubmissionChecks", () => {
  it("finds nothing when everything agrees and every use is allowed", () => {
    expect(codes({})).toEqual([]);
  });

  it.each<[string, Partial<SubmissionCheckFacts>, [string, string][]]>([
    ["claimed architecture differs from the detected one", { detectedArchitecture: "SD1" }, [["ARCHITECTURE_MISMATCH", "error"]]],
    ["no file inspected: no architecture finding", { detectedArchitecture: null }, []],
    ["a parent of another architecture", { parents: [{ name: "SD 1.5", architectureKey: "SD1" }] }, [["PARENT_ARCHITECTURE_MISMATCH", "warning"]]],
    [
      "the same file under another name and license",
      { sameFile: [{ versionId: "x", name: "Pony Diffusion V6 XL", licenseKeys: ["LicenseRef-other"], licenseNames: ["Other"] }] },
      [["REUPLOAD", "error"]],
    ],
    [
      "the same file under another name",
      { sameFile: [{ versionId: "x", name: "Renamed XL v1", licenseKeys: ["LicenseRef-open"], licenseNames: ["Open"] }] },
      [["REUPLOAD", "error"]],
    ],
    [
      "the same file, same name and license: a duplicate to pick instead",
      { sameFile: [{ versionId: "x", name: "example xl  v1", licenseKeys: ["LicenseRef-open"], licenseNames: ["Open"] }] },
      [["REUPLOAD", "warning"]],
    ],
    ["the inspected file is not the catalogued one", { cataloguedSha256: "a".repeat(64), inspectedSha256: "b".repeat(64) }, [["FILE_MISMATCH", "error"]]],
    [
      "a forbidden requested use",
      { terms: compute("v", graph(version("v", { licenses: [NO_COMMERCIAL] }))), requestedUses: ["COMMERCIAL_OUTPUTS", "INTERNAL_EXPLORATION"] },
      [["USE_FORBIDDEN", "error"]],
    ],
    [
      "an unknown requested use (no license recorded)",
      { terms: compute("v", graph(version("v"))), requestedUses: ["HOSTED_SERVICE"] },
      [["USE_UNKNOWN", "warning"]],
    ],
  ])("%s", (_name, facts, expected) => {
    expect(codes(facts)).toEqual(expected);
  });

  it("names the layer that forbids or leaves unknown a requested use", () => {
    const checks = computeSubmissionChecks({
      ...base,
      terms: compute("v", graph(version("v", { name: "Example XL v1", licenses: [NO_COMMERCIAL] }))),
      requestedUses: ["COMMERCIAL_OUTPUTS"],
    });
    expect(checks.map((check) => check.message)).toEqual([
      "Commercial outputs is forbidden by Non-commercial (licence of Example XL v1): it can be approved only with a waiver from the legal reviewer.",
    ]);
    const unknown = computeSubmissionChecks({ ...base, terms: compute("v", graph(version("v", { name: "Bare v1" }))), requestedUses: ["HOSTED_SERVICE"] });
    expect(unknown.map((check) => check.message)).toEqual([
      "Hosted service is unknown because of no licence recorded for Bare v1: it can be approved only with a waiver from the legal reviewer.",
    ]);
  });

  it("reports lineage violations from the engine, errors first", () => {
    const versions = graph(
      version("parent", { name: "Strict v1", licenses: [OPEN], creatorTerms: creator({ allowDerivatives: false, allowCommercialUse: ["IMAGE"] }) }),
      version("v", { name: "Child v1", parents: ["parent"], licenses: [OPEN] }),
    );
    const checks = computeSubmissionChecks({ ...base, terms: compute("v", versions), detectedArchitecture: "SD1" });
    const violation = checks.find((check) => check.code === "LINEAGE_VIOLATION");
    expect(violation?.message).toContain("forbids derivatives");
    const severities = checks.map((check) => check.severity);
    expect(severities).toContain("error");
    expect(severities).toEqual([...severities].sort()); // "error" sorts before "warning"
  });
});

describe("buildWouldBeInput", () => {
  it("computes the terms a new merge would have from its parents' lineages and its own layers", () => {
    const parentA = graph(version("a", { name: "A", licenses: [OPEN] }));
    const parentB = graph(version("root", { name: "Root", licenses: [NO_COMMERCIAL] }), version("b", { name: "B", parents: ["root"], licenses: [OPEN] }));
    const input = buildWouldBeInput(
      { name: "Mix v1", kind: "MERGE", parentIds: ["a", "b"], licenseLayers: [OPEN], creatorTerms: creator({ allowDerivatives: true }) },
      [parentA, new Map(Object.entries(parentB))],
    );
    const terms = computeEffectiveTerms(input);
    expect(terms.subject).toEqual({ id: WOULD_BE_VERSION_ID, name: "Mix v1" });
    expect(terms.uses.COMMERCIAL_OUTPUTS.status).toBe("FORBIDDEN");
    expect(terms.uses.INTERNAL_EXPLORATION.status).toBe("ALLOWED");
    expect(terms.ancestry.map((entry) => entry.id).sort()).toEqual(["a", "b", "root", WOULD_BE_VERSION_ID].sort());
    expect(terms.violations).toEqual([]);
  });

  it("a parent that is not loaded is a missing-parent violation, never silently permissive", () => {
    const terms = computeEffectiveTerms(
      buildWouldBeInput({ name: "Orphan", kind: "FINETUNE", parentIds: ["ghost"], licenseLayers: [OPEN], creatorTerms: null }, []),
    );
    expect(terms.violations.map((violation) => violation.code)).toContain("MISSING_PARENT");
    expect(terms.uses.COMMERCIAL_OUTPUTS.status).toBe("UNKNOWN");
  });

  it.each([
    ["BASE", "FINETUNE"],
    ["FINETUNE", "FINETUNE"],
    ["MERGE", "MERGE"],
    ["DISTILLED", "DISTILL"],
  ] as const)("a %s's parents are %s edges", (kind, relation) => {
    expect(relationForKind(kind)).toBe(relation);
  });
});

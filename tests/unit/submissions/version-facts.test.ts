import { describe, expect, it } from "vitest";
import { updateCreatorTermsSchema, updateVersionSchema } from "@/lib/schemas/catalog";
import { submissionSchema } from "@/lib/schemas/submission";
import { creatorTermsSchema, creatorTermsState, EMPTY_CREATOR_TERMS, toTriState, triState, TRI_STATES } from "@/lib/schemas/version-facts";

const uuid = "7f3c2a5e-1b4d-4c8e-9a6f-0d2e4b6a8c1f";

const newVersionSubmission = (facts: Record<string, unknown>) => ({
  mode: "new",
  teamId: uuid,
  checkpointName: "Some Checkpoint",
  version: "v1",
  kind: "BASE",
  architectureKey: "SDXL",
  parentIds: [],
  licenseIds: [],
  creatorTerms: { present: false, allowCommercialUse: [] },
  uses: ["RESEARCH"],
  justification: "We need it for research.",
  ...facts,
});

describe("the one tri-state codec", () => {
  it("reads yes / no / not stated as true / false / null, and writes them back", () => {
    expect(TRI_STATES.map((value) => triState.parse(value))).toEqual([true, false, null]);
    expect(triState.parse(undefined)).toBeNull();
    expect(triState.parse("")).toBeNull();
    for (const flag of [true, false, null]) expect(triState.parse(toTriState(flag))).toBe(flag);
  });

  it("refuses anything else rather than guessing", () => {
    for (const value of ["true", "false", "maybe", 1]) expect(triState.safeParse(value).success, String(value)).toBe(false);
  });
});

// The same creator's terms, entered in the submission form and in the catalog admin, are the same facts.
describe("creator terms: one schema behind the submission and the catalog admin", () => {
  const entered = {
    allowCommercialUse: ["SELL", "IMAGE"],
    allowNoCredit: "no",
    allowDerivatives: "yes",
    allowDifferentLicense: "unknown",
    text: " Credit me ",
    sourceUrl: "https://civitai.com/models/1",
  };
  const expected = {
    allowCommercialUse: ["IMAGE", "SELL"],
    allowNoCredit: false,
    allowDerivatives: true,
    allowDifferentLicense: null,
    text: "Credit me",
    sourceUrl: "https://civitai.com/models/1",
  };

  it("reads them the same way in both", () => {
    expect(creatorTermsSchema.parse(entered)).toEqual(expected);
    expect(updateCreatorTermsSchema.parse({ ...entered, versionId: uuid, expectedRevision: "0" })).toEqual({
      ...expected,
      versionId: uuid,
      expectedRevision: 0,
    });
    const submission = submissionSchema.parse(newVersionSubmission({ creatorTerms: { present: true, ...entered } }));
    expect(submission.mode === "new" && submission.creatorTerms).toEqual({ present: true, ...expected });
  });
});

describe("creator terms in the forms", () => {
  it("stored terms shown in a form read back as the same terms; none shown as not present", () => {
    const stored = {
      allowCommercialUse: ["IMAGE" as const],
      allowNoCredit: false,
      allowDerivatives: null,
      allowDifferentLicense: true,
      text: null,
      sourceUrl: null,
    };
    const { present, ...shown } = creatorTermsState(stored);
    expect(present).toBe(true);
    expect(creatorTermsSchema.parse(shown)).toEqual(stored);
    expect(creatorTermsState(null)).toEqual(EMPTY_CREATOR_TERMS);
  });
});

describe("file facts: one limit", () => {
  // The catalog admin allowed 200 characters, the submission 255: a name one form took, the other refused.
  it("a 255-character file name is taken by both forms, 256 by neither", () => {
    const version = { id: uuid, expectedRevision: "0", version: "v1", kind: "BASE", architectureKey: "SDXL" };
    const longest = `${"a".repeat(243)}.safetensors`;
    const tooLong = `${"a".repeat(244)}.safetensors`;
    expect(updateVersionSchema.safeParse({ ...version, fileName: longest }).success).toBe(true);
    expect(updateVersionSchema.safeParse({ ...version, fileName: tooLong }).success).toBe(false);
    expect(submissionSchema.safeParse(newVersionSubmission({ fileName: longest })).success).toBe(true);
    expect(submissionSchema.safeParse(newVersionSubmission({ fileName: tooLong })).success).toBe(false);
  });
});

describe("version facts: one name and one size type in both schemas", () => {
  const catalogVersion = { id: uuid, expectedRevision: "0", kind: "BASE", architectureKey: "SDXL" };

  it("both read the label as `version` and the size as the BigInt the column stores", () => {
    const submission = submissionSchema.parse(newVersionSubmission({ version: "v2", fileSizeBytes: "6938078334" }));
    const catalog = updateVersionSchema.parse({ ...catalogVersion, version: "v2", fileSizeBytes: "6938078334" });
    expect(submission.mode === "new" && { version: submission.version, fileSizeBytes: submission.fileSizeBytes }).toEqual({
      version: "v2",
      fileSizeBytes: 6938078334n,
    });
    expect({ version: catalog.version, fileSizeBytes: catalog.fileSizeBytes }).toEqual({ version: "v2", fileSizeBytes: 6938078334n });
  });

  it("both refuse the same sizes with the same message", () => {
    for (const size of ["-1", "12.5", "1e9", "big", String(Number.MAX_SAFE_INTEGER + 2)]) {
      const submission = submissionSchema.safeParse(newVersionSubmission({ fileSizeBytes: size }));
      const catalog = updateVersionSchema.safeParse({ ...catalogVersion, version: "v1", fileSizeBytes: size });
      expect(submission.success || catalog.success, size).toBe(false);
      const message = (result: typeof catalog | typeof submission) =>
        result.success ? null : result.error.issues.find((issue) => issue.path[0] === "fileSizeBytes")?.message;
      expect(message(submission), size).toBe(message(catalog));
    }
  });
});

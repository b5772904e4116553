import { describe, expect, it } from "vitest";
import { updateCreatorTermsSchema, updateVersionSchema } from "@/lib/schemas/catalog";
import { submissionSchema } from "@/lib/schemas/submission";
import { creatorTermsSchema, toTriState, triState, TRI_STATES } from "@/lib/schemas/version-facts";

const uuid = "7f3c2a5e-1b4d-4c8e-9a6f-0d2e4b6a8c1f";

const newVersionSubmission = (facts: Record<string, unknown>) => ({
  mode: "new",
  teamId: uuid,
  checkpointName: "Some Checkpoint",
  versionLabel: "v1",
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

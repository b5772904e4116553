import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/server/action-result";
import { readResubmissionForm, readSubmissionDraft, readSubmissionForm, resubmissionSchema, submissionSchema } from "@/lib/schemas/submission";

const TEAM = "11111111-1111-4111-8111-111111111111";
const PARENT_A = "22222222-2222-4222-8222-222222222222";
const PARENT_B = "33333333-3333-4333-8333-333333333333";
const LICENSE = "44444444-4444-4444-8444-444444444444";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

const newVersionFields = {
  mode: "new",
  teamId: TEAM,
  checkpointName: "Example XL",
  version: "v1.0",
  kind: "FINETUNE",
  architectureKey: "SDXL",
  parentIds: [PARENT_A],
  licenseIds: [LICENSE],
  sha256: "AB".repeat(32),
  fileSizeBytes: "209715200",
  fileName: "example.safetensors",
  uses: ["COMMERCIAL_OUTPUTS", "INTERNAL_EXPLORATION"],
  justification: "Storyboards for the spring campaign.",
  detectedArchitecture: "SDXL",
};

function errors(fields: Record<string, string | string[]>) {
  const result = submissionSchema.safeParse(readSubmissionForm(form(fields)));
  return result.success ? {} : zodFieldErrors(result.error);
}

describe("submission schema", () => {
  it("reads a new version from the form, normalised", () => {
    const result = submissionSchema.parse(readSubmissionForm(form(newVersionFields)));
    expect(result).toMatchObject({
      mode: "new",
      checkpointId: null,
      sha256: "ab".repeat(32),
      fileSizeBytes: 209715200n,
      publisher: null,
      sourceUrl: null,
      // Vocabulary order, whatever order the boxes were ticked in.
      uses: ["INTERNAL_EXPLORATION", "COMMERCIAL_OUTPUTS"],
      creatorTerms: { present: false, allowCommercialUse: [], allowNoCredit: null, allowDerivatives: null, allowDifferentLicense: null },
    });
  });

  it("reads creator terms in Civitai's vocabulary, with unknown as null", () => {
    const result = submissionSchema.parse(
      readSubmissionForm(
        form({
          ...newVersionFields,
          "creatorTerms.present": "on",
          "creatorTerms.allowCommercialUse": ["IMAGE", "RENT_CIVIT"],
          "creatorTerms.allowNoCredit": "no",
          "creatorTerms.allowDerivatives": "yes",
          "creatorTerms.allowDifferentLicense": "unknown",
        }),
      ),
    );
    expect(result.mode === "new" && result.creatorTerms).toMatchObject({
      present: true,
      allowCommercialUse: ["IMAGE", "RENT_CIVIT"],
      allowNoCredit: false,
      allowDerivatives: true,
      allowDifferentLicense: null,
    });
  });

  it.each<[string, Record<string, string | string[]>, string, RegExp]>([
    ["no uses", { uses: [] }, "uses", /at least one/],
    ["a short justification", { justification: "pls" }, "justification", /why your team/],
    ["a malformed hash", { sha256: "xyz" }, "sha256", /64 hexadecimal/],
    ["a negative size", { fileSizeBytes: "-1" }, "fileSizeBytes", /negative/],
    ["a non-numeric size", { fileSizeBytes: "big" }, "fileSizeBytes", /number of bytes/],
    ["a non-http source", { sourceUrl: "ftp://example.com/x" }, "sourceUrl", /http/],
    ["a base with parents", { kind: "BASE" }, "parentIds", /no parents/],
    ["a merge with one parent", { kind: "MERGE" }, "parentIds", /two parents/],
    ["a fine-tune with no parent", { parentIds: [] }, "parentIds", /trained or distilled from/],
    ["a parent twice", { kind: "MERGE", parentIds: [PARENT_A, PARENT_A] }, "parentIds", /twice/],
    ["no version label", { version: " " }, "version", /version label/],
    ["no checkpoint name", { checkpointName: "" }, "checkpointName", /name/],
    ["an unknown kind", { kind: "LORA" }, "kind", /kind/],
    ["no team", { teamId: "" }, "teamId", /team/],
    ["commercial permissions without creator terms", { "creatorTerms.allowCommercialUse": "IMAGE" }, "creatorTerms.present", /record the creator/],
  ])("%s is an error on %s", (_name, override, field, message) => {
    const fieldErrors = errors({ ...newVersionFields, ...override });
    expect(fieldErrors[field]?.join(" ")).toMatch(message);
  });

  it("accepts a merge of two parents", () => {
    expect(errors({ ...newVersionFields, kind: "MERGE", parentIds: [PARENT_A, PARENT_B] })).toEqual({});
  });

  it("a catalogued version needs only the team, the version, the uses and the justification", () => {
    const result = submissionSchema.safeParse(
      readSubmissionForm(form({ mode: "existing", teamId: TEAM, versionId: PARENT_A, uses: "RESEARCH", justification: "Evaluation of the base." })),
    );
    expect(result.success).toBe(true);
    expect(errors({ mode: "existing", teamId: TEAM, uses: "RESEARCH", justification: "Evaluation of the base." })).toHaveProperty("versionId");
  });

  it("an unknown mode is one error on mode", () => {
    expect(Object.keys(errors({ ...newVersionFields, mode: "other" }))).toEqual(["mode"]);
  });
});

describe("resubmission schema", () => {
  it("keeps the version's facts out unless the form edits them", () => {
    const parsed = resubmissionSchema.parse(
      readResubmissionForm(form({ mode: "request-only", requestId: PARENT_A, revision: "3", uses: "RESEARCH", justification: "Narrowed to research." })),
    );
    expect(parsed).toEqual({
      mode: "request-only",
      requestId: PARENT_A,
      revision: 3,
      uses: ["RESEARCH"],
      justification: "Narrowed to research.",
      detectedArchitecture: null,
    });
  });

  it("validates the facts when it does", () => {
    const result = resubmissionSchema.safeParse(
      readResubmissionForm(form({ ...newVersionFields, mode: "with-facts", requestId: PARENT_A, revision: "3", kind: "MERGE" })),
    );
    expect(result.success).toBe(false);
    expect(zodFieldErrors(result.error!)).toHaveProperty("parentIds");
  });
});

describe("submission draft (checks before sending)", () => {
  it("keeps what is valid so far and leaves out the rest", () => {
    const draft = readSubmissionDraft(
      form({
        mode: "new",
        kind: "LORA",
        architectureKey: "SDXL",
        parentIds: [PARENT_A, "not-an-id", PARENT_A],
        sha256: "abc",
        uses: ["COMMERCIAL_OUTPUTS", "SOMETHING"],
        "creatorTerms.present": "on",
        "creatorTerms.allowCommercialUse": ["IMAGE", "BOGUS"],
        "creatorTerms.allowDerivatives": "no",
      }),
    );
    expect(draft).toMatchObject({
      mode: "new",
      kind: undefined,
      architectureKey: "SDXL",
      parentIds: [PARENT_A],
      sha256: undefined,
      uses: ["COMMERCIAL_OUTPUTS"],
      // One bad value makes the creator terms unreadable: they are left out rather than half-read.
      creatorTerms: null,
    });
  });

  it("reads valid creator terms as the engine's input, and none when the box is not ticked", () => {
    const withTerms = readSubmissionDraft(
      form({ "creatorTerms.present": "on", "creatorTerms.allowCommercialUse": "IMAGE", "creatorTerms.allowDerivatives": "no" }),
    );
    expect(withTerms.creatorTerms).toEqual({
      allowCommercialUse: ["IMAGE"],
      allowNoCredit: null,
      allowDerivatives: false,
      allowDifferentLicense: null,
      text: null,
    });
    expect(readSubmissionDraft(form({ "creatorTerms.allowDerivatives": "no" })).creatorTerms).toBeNull();
  });
});

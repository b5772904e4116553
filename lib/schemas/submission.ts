import { z } from "zod";
import { INTENDED_USES, VERSION_KINDS } from "@/lib/licensing/vocabulary";
import { ARCHITECTURE_KEYS } from "@/lib/safetensors/architecture";
import { checked, text, texts } from "@/lib/reviews/form-fields";
import { creatorTermsSchema, versionFactsShape as columnFactsShape } from "@/lib/schemas/version-facts";

// One schema for the submission form (hints) and submitReviewRequestAction (the real check), plus
// the resubmission after REQUEST_CHANGES, which edits the same facts. Field names are the form's
// input names, so every error lands next to its field.

const id = (message: string) => z.guid({ message });

/** The creator's terms (lib/schemas/version-facts.ts); `present: false` means the creator added none. */
const submittedCreatorTermsSchema = creatorTermsSchema.extend({ present: z.boolean() });

/** The facts of a version the catalog does not have yet (and that a resubmission may correct). */
export const versionFactsShape = {
  ...columnFactsShape,
  parentIds: z.array(id("Pick parents from the catalog.")).max(10, "At most 10 parents."),
  licenseIds: z.array(id("Pick licenses from the catalog.")).max(5, "At most 5 license layers."),
  creatorTerms: submittedCreatorTermsSchema,
};

const requestShape = {
  uses: z
    .array(z.enum(INTENDED_USES, { message: "Unknown intended use." }))
    .min(1, "Choose at least one intended use.")
    .transform((uses) => INTENDED_USES.filter((use) => uses.includes(use))),
  justification: z
    .string({ message: "Explain why your team needs this checkpoint." })
    .trim()
    .min(10, "Explain in a sentence or two why your team needs this checkpoint.")
    .max(4000, "The justification can be at most 4000 characters."),
  /** What the in-browser inspection of the file detected; null when no file was inspected. */
  detectedArchitecture: z
    .enum(ARCHITECTURE_KEYS)
    .optional()
    .transform((value) => value ?? null),
};

type RefinableFacts = { kind: (typeof VERSION_KINDS)[number]; parentIds: string[]; creatorTerms: { present: boolean; allowCommercialUse: string[] } };

// zod runs this even when a field failed, with that field's raw input: the checks tolerate it.
function refineVersionFacts(facts: RefinableFacts, ctx: z.RefinementCtx): void {
  if (!Array.isArray(facts.parentIds)) return;
  if (new Set(facts.parentIds).size !== facts.parentIds.length) {
    ctx.addIssue({ code: "custom", path: ["parentIds"], message: "A parent is listed twice." });
  }
  if (facts.kind === "BASE" && facts.parentIds.length > 0) {
    ctx.addIssue({ code: "custom", path: ["parentIds"], message: "A base model has no parents: choose another kind or remove the parents." });
  }
  if (facts.kind === "MERGE" && facts.parentIds.length < 2) {
    ctx.addIssue({ code: "custom", path: ["parentIds"], message: "A merge has at least two parents." });
  }
  if ((facts.kind === "FINETUNE" || facts.kind === "DISTILLED") && facts.parentIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["parentIds"], message: "Name the model it was trained or distilled from." });
  }
  if (facts.creatorTerms && !facts.creatorTerms.present && facts.creatorTerms.allowCommercialUse?.length > 0) {
    ctx.addIssue({ code: "custom", path: ["creatorTerms", "present"], message: "Tick this box to record the creator's terms." });
  }
}

const existingVersionSchema = z.object({
  mode: z.literal("existing"),
  teamId: id("Choose the team you submit for."),
  versionId: id("Pick a catalogued version."),
  ...requestShape,
});

const newVersionSchema = z
  .object({
    mode: z.literal("new"),
    teamId: id("Choose the team you submit for."),
    /** Set when the name was picked from the catalog's checkpoints. */
    checkpointId: id("Pick the checkpoint from the list or type a new name.")
      .optional()
      .transform((value) => value ?? null),
    checkpointName: z
      .string({ message: "Give the checkpoint's name." })
      .trim()
      .min(2, "Give the checkpoint's name.")
      .max(120, "The name can be at most 120 characters."),
    /** The signed receipt of an import from Civitai or Hugging Face (where the facts came from). */
    importReceipt: z.string().max(8000, "The import receipt is too long; import again.").optional(),
    ...versionFactsShape,
    ...requestShape,
  })
  .superRefine(refineVersionFacts);

export const submissionSchema = z.discriminatedUnion("mode", [existingVersionSchema, newVersionSchema], {
  message: "Choose whether you submit a catalogued version or a new one.",
});

export type SubmissionInput = z.infer<typeof submissionSchema>;
export type NewVersionSubmission = Extract<SubmissionInput, { mode: "new" }>;
export type VersionFacts = Pick<NewVersionSubmission, keyof typeof versionFactsShape>;

/** Resubmission after REQUEST_CHANGES: the request's fields, and the version's facts when they are editable. */
export const resubmissionSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("request-only"), requestId: id("Unknown request."), revision: z.coerce.number().int().positive(), ...requestShape }),
  z
    .object({
      mode: z.literal("with-facts"),
      requestId: id("Unknown request."),
      revision: z.coerce.number().int().positive(),
      ...versionFactsShape,
      ...requestShape,
    })
    .superRefine(refineVersionFacts),
]);

export type ResubmissionInput = z.infer<typeof resubmissionSchema>;

/** The form's fields as the schemas expect them. */
export function readSubmissionForm(formData: FormData): Record<string, unknown> {
  return {
    mode: text(formData, "mode"),
    teamId: text(formData, "teamId"),
    versionId: text(formData, "versionId"),
    checkpointId: text(formData, "checkpointId"),
    checkpointName: text(formData, "checkpointName"),
    importReceipt: text(formData, "importReceipt"),
    ...readVersionFacts(formData),
    ...readRequestFields(formData),
  };
}

export function readResubmissionForm(formData: FormData): Record<string, unknown> {
  return {
    mode: text(formData, "mode"),
    requestId: text(formData, "requestId"),
    revision: text(formData, "revision"),
    ...readVersionFacts(formData),
    ...readRequestFields(formData),
  };
}

function readVersionFacts(formData: FormData): Record<string, unknown> {
  return {
    version: text(formData, "version"),
    kind: text(formData, "kind"),
    architectureKey: text(formData, "architectureKey"),
    publisher: text(formData, "publisher"),
    parentIds: texts(formData, "parentIds"),
    licenseIds: texts(formData, "licenseIds"),
    creatorTerms: {
      present: checked(formData, "creatorTerms.present"),
      allowCommercialUse: texts(formData, "creatorTerms.allowCommercialUse"),
      allowNoCredit: text(formData, "creatorTerms.allowNoCredit"),
      allowDerivatives: text(formData, "creatorTerms.allowDerivatives"),
      allowDifferentLicense: text(formData, "creatorTerms.allowDifferentLicense"),
      text: text(formData, "creatorTerms.text"),
      sourceUrl: text(formData, "creatorTerms.sourceUrl"),
    },
    sourceUrl: text(formData, "sourceUrl"),
    sha256: text(formData, "sha256"),
    fileSizeBytes: text(formData, "fileSizeBytes"),
    fileName: text(formData, "fileName"),
  };
}

function readRequestFields(formData: FormData): Record<string, unknown> {
  return {
    uses: texts(formData, "uses"),
    justification: text(formData, "justification") ?? "",
    detectedArchitecture: text(formData, "detectedArchitecture"),
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guids = z
  .array(z.unknown())
  .catch([])
  .transform((values) => [...new Set(values.filter((value): value is string => typeof value === "string" && GUID.test(value)))].slice(0, 10));

/**
 * The form as it stands while someone fills it in, for the checks shown before sending: every
 * field that is missing or not valid yet is left out instead of failing the whole draft.
 */
export const submissionDraftSchema = z.object({
  mode: z.enum(["existing", "new"]).catch("new"),
  versionId: z.string().regex(GUID).optional().catch(undefined),
  checkpointName: z.string().trim().max(120).optional().catch(undefined),
  version: z.string().trim().max(60).optional().catch(undefined),
  kind: z.enum(VERSION_KINDS).optional().catch(undefined),
  architectureKey: z.string().trim().max(40).optional().catch(undefined),
  parentIds: guids,
  licenseIds: guids,
  creatorTerms: submittedCreatorTermsSchema
    .transform(({ present, allowCommercialUse, allowNoCredit, allowDerivatives, allowDifferentLicense, text }) =>
      present ? { allowCommercialUse, allowNoCredit, allowDerivatives, allowDifferentLicense, text } : null,
    )
    .catch(null),
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .transform((value) => value.toLowerCase())
    .optional()
    .catch(undefined),
  uses: z
    .array(z.unknown())
    .catch([])
    .transform((values) => INTENDED_USES.filter((use) => values.includes(use))),
  detectedArchitecture: z.enum(ARCHITECTURE_KEYS).optional().catch(undefined),
});

export type SubmissionDraftInput = z.infer<typeof submissionDraftSchema>;

export function readSubmissionDraft(formData: FormData): SubmissionDraftInput {
  return submissionDraftSchema.parse(readSubmissionForm(formData));
}

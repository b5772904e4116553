import { z } from "zod";
import { UnknownCreatorTermError } from "@/lib/licensing/creator-terms";
import { COMMERCIAL_USES, VERSION_KINDS, type CommercialUse } from "@/lib/licensing/vocabulary";

// The facts of a checkpoint version that both the submission form and the catalog admin record,
// checked once and named after their columns: the version's label, kind and architecture, its file
// (hash, size, name, source), and the creator's terms with their one yes / no / not-stated
// encoding. lib/schemas/submission.ts and lib/schemas/catalog.ts build on these.

/** A creator's flag as every form sends it: "unknown" (or an empty field) is not stated, never read as allowed. */
export const TRI_STATES = ["yes", "no", "unknown"] as const;
export type TriState = (typeof TRI_STATES)[number];

export const TRI_STATE_LABELS: Readonly<Record<TriState, string>> = { yes: "Yes", no: "No", unknown: "Not stated" };

/** The one tri-state codec: the form's value to the stored flag (true / false / null)… */
export const triState = z
  .preprocess((value) => (value === "" ? undefined : value), z.enum(TRI_STATES, { message: "Choose yes, no or not stated." }).optional())
  .transform((value): boolean | null => (value === "yes" ? true : value === "no" ? false : null));

/** …and the stored flag back to the form's value. */
export function toTriState(flag: boolean | null | undefined): TriState {
  return flag === true ? "yes" : flag === false ? "no" : "unknown";
}

/** Empty form fields are absent facts, never empty strings in the database. */
export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, { message: `Keep ${label} under ${max} characters.` })
    .optional()
    .transform((value) => (value ? value : null));

export const optionalUrl = z
  .string()
  .trim()
  .max(2000, { message: "Keep the address under 2000 characters." })
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    try {
      const url = new URL(value);
      if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
    } catch {
      // reported below
    }
    context.addIssue({ code: "custom", message: "Enter a full web address starting with https://." });
    return z.NEVER;
  });

export const optionalSha256 = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    if (/^[0-9a-f]{64}$/.test(value)) return value;
    context.addIssue({ code: "custom", message: "A SHA-256 is 64 hexadecimal digits." });
    return z.NEVER;
  });

export const publisher = optionalText(120, "the publisher");

/** The file's name as published (a safetensors file name; 255 is the longest most file systems allow). */
export const fileName = optionalText(255, "the file name");

/**
 * The file's size in bytes, as the column stores it (a BigInt): digits only, up to
 * Number.MAX_SAFE_INTEGER so it also reads back as a JSON number.
 */
export const fileSizeBytes = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    if (/^-\d+$/.test(value)) {
      context.addIssue({ code: "custom", message: "The file size cannot be negative." });
      return z.NEVER;
    }
    if (/^\d{1,16}$/.test(value) && Number(value) <= Number.MAX_SAFE_INTEGER) return BigInt(value);
    context.addIssue({ code: "custom", message: "The file size is a whole number of bytes, digits only." });
    return z.NEVER;
  });

/** The version's label, unique within its checkpoint (the column `version`). */
export const versionLabel = z
  .string({ message: "Give the version label, e.g. v1.0." })
  .trim()
  .min(1, "Give the version label, e.g. v1.0.")
  .max(60, "The version label can be at most 60 characters.");

/**
 * What the submission form and the catalog's version form both state about a version, under the
 * names of its columns (CheckpointVersion). Each schema adds its own: the submission its parents,
 * licence layers and creator terms; the catalog its descriptive notes.
 */
export const versionFactsShape = {
  version: versionLabel,
  kind: z.enum(VERSION_KINDS, { message: "Choose the kind of checkpoint." }),
  architectureKey: z.string({ message: "Choose the architecture." }).trim().min(1, "Choose the architecture.").max(40),
  publisher,
  sourceUrl: optionalUrl,
  sha256: optionalSha256,
  fileSizeBytes,
  fileName,
};

/**
 * The creator-added terms in Civitai's vocabulary, as the submission and the catalog admin record
 * them: the one creatorTermsSchema. Commercial uses are kept in the vocabulary's order.
 */
export const creatorTermsShape = {
  allowCommercialUse: z
    .array(z.enum(COMMERCIAL_USES, { error: (issue) => unknownCommercialUseMessage(issue.input) }))
    .max(COMMERCIAL_USES.length)
    .default([])
    .transform((values) => COMMERCIAL_USES.filter((value) => values.includes(value))),
  allowNoCredit: triState,
  allowDerivatives: triState,
  allowDifferentLicense: triState,
  text: optionalText(4000, "the creator's terms"),
  sourceUrl: optionalUrl,
};

export const creatorTermsSchema = z.object(creatorTermsShape);
export type CreatorTermsFields = z.infer<typeof creatorTermsSchema>;

/** The creator terms as the forms hold them (components/version-facts/creator-terms-fields.tsx). */
export interface CreatorTermsState {
  /** The creator added terms of their own (the submission asks; the catalog's form always records them). */
  present: boolean;
  allowCommercialUse: CommercialUse[];
  allowNoCredit: TriState;
  allowDerivatives: TriState;
  allowDifferentLicense: TriState;
  text: string;
  sourceUrl: string;
}

export const EMPTY_CREATOR_TERMS: CreatorTermsState = {
  present: false,
  allowCommercialUse: [],
  allowNoCredit: "unknown",
  allowDerivatives: "unknown",
  allowDifferentLicense: "unknown",
  text: "",
  sourceUrl: "",
};

/** Creator terms as stored (the CreatorTerms columns the forms write). */
export interface StoredCreatorTerms {
  allowCommercialUse: CommercialUse[];
  allowNoCredit: boolean | null;
  allowDerivatives: boolean | null;
  allowDifferentLicense: boolean | null;
  text: string | null;
  sourceUrl: string | null;
}

/** The form's values of stored creator terms (null: none recorded), for the submission's and the catalog's forms. */
export function creatorTermsState(terms: StoredCreatorTerms | null): CreatorTermsState {
  if (!terms) return EMPTY_CREATOR_TERMS;
  return {
    present: true,
    allowCommercialUse: terms.allowCommercialUse,
    allowNoCredit: toTriState(terms.allowNoCredit),
    allowDerivatives: toTriState(terms.allowDerivatives),
    allowDifferentLicense: toTriState(terms.allowDifferentLicense),
    text: terms.text ?? "",
    sourceUrl: terms.sourceUrl ?? "",
  };
}

/** The engine's own refusal, word for word, for a commercial-use value outside the vocabulary (e.g. Civitai's `RentCivit`). */
export function unknownCommercialUseMessage(input: unknown): string {
  return new UnknownCreatorTermError(typeof input === "string" ? input : String(input)).message;
}

import { z } from "zod";
import { INTENDED_USES, LINEAGE_RELATIONS, TERM_STATUSES } from "@/lib/licensing/vocabulary";
import { creatorTermsSchema, optionalSha256, optionalText, optionalUrl, versionFactsShape } from "@/lib/schemas/version-facts";
import { isOrganisationConditionKey, ORGANISATION_CONDITION_KEYS } from "@/lib/licensing/organisation-conditions";

/** Shared by the catalog administration forms (hints) and their server actions (the real check). */

export const PROMPT_STYLES = ["NATURAL_LANGUAGE", "TAGS", "HYBRID"] as const;

const uuid = (what: string) => z.uuid({ message: `Choose a ${what}.` });

const requiredText = (max: number, label: string) =>
  z
    .string({ message: `Enter ${label}.` })
    .trim()
    .min(1, { message: `Enter ${label}.` })
    .max(max, { message: `Keep ${label} under ${max} characters.` });

/** A textarea with one entry per line. */
const lines = (maxItems: number, maxLength: number, label: string) =>
  z
    .string()
    .optional()
    .transform((value) => [
      ...new Set(
        (value ?? "")
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(maxLength, { message: `Keep each ${label} under ${maxLength} characters.` }))
        .max(maxItems, { message: `List at most ${maxItems} ${label}s.` }),
    );

const optionalInteger = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const number = Number(value);
      if (Number.isInteger(number) && number >= min && number <= max) return number;
      context.addIssue({ code: "custom", message });
      return z.NEVER;
    });

const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    const date = new Date(`${value}T00:00:00.000Z`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime())) return date;
    context.addIssue({ code: "custom", message: "Use a date like 2024-06-12." });
    return z.NEVER;
  });

const revision = z.coerce.number({ message: "Reload the page and try again." }).int().min(0);
/** The updatedAt the form was rendered with: a concurrent edit is a conflict, not an overwrite. */
const expectedUpdatedAt = z.iso.datetime({ message: "Reload the page and try again." });

// ---------------------------------------------------------------------------
// Checkpoints
// ---------------------------------------------------------------------------

export const checkpointFieldsSchema = z.object({
  name: requiredText(120, "a name"),
  slug: z
    .string({ message: "Enter a slug." })
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Use lower-case letters, digits and single hyphens, e.g. illustrious-xl." })
    .max(80, { message: "Keep the slug under 80 characters." }),
  aliases: lines(20, 80, "alias"),
  description: optionalText(2000, "the description"),
});
export type CheckpointFields = z.infer<typeof checkpointFieldsSchema>;

export const updateCheckpointSchema = checkpointFieldsSchema.extend({
  id: uuid("checkpoint"),
  expectedUpdatedAt,
});
export type UpdateCheckpointInput = z.infer<typeof updateCheckpointSchema>;

// ---------------------------------------------------------------------------
// Versions
// ---------------------------------------------------------------------------

export const versionFieldsSchema = z.object({
  ...versionFactsShape,
  fileFormat: optionalText(40, "the file format"),
  bestFor: optionalText(500, "'best for'"),
  pros: lines(20, 300, "pro"),
  cons: lines(20, 300, "con"),
  knownFlaws: lines(20, 300, "known flaw"),
  licenseNotes: optionalText(2000, "the license notes"),
  nativeResolution: optionalInteger(64, 16384, "Enter the native resolution in pixels, e.g. 1024."),
  promptStyle: z
    .enum(PROMPT_STYLES, { message: "Choose a prompting style." })
    .optional()
    .or(z.literal("").transform(() => undefined))
    .transform((value) => value ?? null),
  releasedAt: optionalDate,
});
export type VersionFields = z.infer<typeof versionFieldsSchema>;

export const createVersionSchema = versionFieldsSchema.extend({ checkpointId: uuid("checkpoint") });
export type CreateVersionInput = z.infer<typeof createVersionSchema>;

export const updateVersionSchema = versionFieldsSchema.extend({ id: uuid("version"), expectedRevision: revision });
export type UpdateVersionInput = z.infer<typeof updateVersionSchema>;

// ---------------------------------------------------------------------------
// Lineage and license layers
// ---------------------------------------------------------------------------

export const addLineageEdgeSchema = z.object({
  childId: uuid("version"),
  parentId: uuid("parent version"),
  relation: z.enum(LINEAGE_RELATIONS, { message: "Choose the relation." }),
  weight: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const number = Number(value);
      if (Number.isFinite(number) && number > 0 && number <= 1) return number;
      context.addIssue({ code: "custom", message: "A merge weight is a number between 0 and 1, e.g. 0.4." });
      return z.NEVER;
    }),
});
export type AddLineageEdgeInput = z.infer<typeof addLineageEdgeSchema>;

export const removeLineageEdgeSchema = z.object({ edgeId: uuid("lineage edge") });

export const versionLicenseSchema = z.object({ versionId: uuid("version"), licenseId: uuid("license") });
export type VersionLicenseInput = z.infer<typeof versionLicenseSchema>;

// ---------------------------------------------------------------------------
// Creator terms (Civitai's vocabulary)
// ---------------------------------------------------------------------------

/** The creator terms of a catalogued version (lib/schemas/version-facts.ts), as a new revision of them. */
export const updateCreatorTermsSchema = creatorTermsSchema.extend({
  versionId: uuid("version"),
  /** 0 when the version has no creator terms yet. */
  expectedRevision: revision,
});
export type CreatorTermsInput = z.infer<typeof updateCreatorTermsSchema>;

// ---------------------------------------------------------------------------
// Licenses
// ---------------------------------------------------------------------------

// Organisation-condition keys arrive as a list (scripts) or as one text field, separated by commas
// or spaces (the form). Each must be a key the settings page knows.
const conditionKeysSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => [...new Set((Array.isArray(value) ? value : (value ?? "").split(/[\s,]+/)).map((key) => key.trim()).filter(Boolean))].sort())
  .superRefine((keys, context) => {
    for (const key of keys) {
      if (!isOrganisationConditionKey(key)) {
        context.addIssue({ code: "custom", message: `"${key}" is not an organisation condition. Use one of: ${ORGANISATION_CONDITION_KEYS.join(", ")}.` });
      }
    }
  });

const termSchema = z
  .object({
    status: z.enum(TERM_STATUSES, { message: "Choose a status." }),
    condition: optionalText(1000, "the condition"),
    basis: optionalText(1000, "the clause"),
    conditionKeys: conditionKeysSchema,
  })
  .superRefine((term, context) => {
    if (term.status === "CONDITIONAL" && !term.condition) {
      context.addIssue({ code: "custom", path: ["condition"], message: "Say what the condition is." });
    }
    if (term.status !== "CONDITIONAL" && term.conditionKeys.length > 0) {
      context.addIssue({ code: "custom", path: ["conditionKeys"], message: "Only a Conditional use depends on organisation conditions." });
    }
  })
  .transform((term) => ({
    status: term.status,
    condition: term.status === "UNKNOWN" ? null : term.condition,
    basis: term.basis,
    conditionKeys: term.conditionKeys,
  }));

/** The terms of one license revision: a status (and condition) for every intended use. */
export const licenseRevisionFieldsSchema = z.object({
  label: optionalText(80, "the label"),
  url: optionalUrl,
  textSha256: optionalSha256,
  summary: optionalText(4000, "the summary"),
  passThroughRestrictions: z
    .string()
    .optional()
    .transform((value) => value === "on" || value === "true"),
  restrictionsText: optionalText(4000, "the restrictions"),
  obligations: lines(20, 300, "obligation"),
  terms: z.object(Object.fromEntries(INTENDED_USES.map((use) => [use, termSchema])) as Record<(typeof INTENDED_USES)[number], typeof termSchema>),
});
export type LicenseRevisionFields = z.infer<typeof licenseRevisionFieldsSchema>;

const licenseMetadataSchema = z.object({
  name: requiredText(160, "a name"),
  aliases: lines(20, 120, "alias"),
  url: optionalUrl,
});

export const createLicenseSchema = licenseMetadataSchema.extend({
  key: z
    .string({ message: "Enter a key." })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, { message: "Use an SPDX id, or LicenseRef-<slug> where SPDX has none." })
    .max(120, { message: "Keep the key under 120 characters." }),
  revision: licenseRevisionFieldsSchema,
});
export type CreateLicenseInput = z.infer<typeof createLicenseSchema>;

export const updateLicenseSchema = licenseMetadataSchema.extend({
  id: uuid("license"),
  expectedUpdatedAt,
});
export type UpdateLicenseInput = z.infer<typeof updateLicenseSchema>;

export const createLicenseRevisionSchema = licenseRevisionFieldsSchema.extend({
  licenseId: uuid("license"),
  /** The revision the form was based on: a concurrent new revision is a conflict. */
  expectedRevision: revision,
});
export type CreateLicenseRevisionInput = z.infer<typeof createLicenseRevisionSchema>;

/** Applying the licence library: the number of changes the admin previewed, so a changed plan is shown again first. */
export const applyLibraryUpdateSchema = z.object({
  expectedSteps: z.coerce.number({ message: "Preview the update first." }).int({ message: "Preview the update first." }).min(0).max(1000),
});
export type ApplyLibraryUpdateInput = z.infer<typeof applyLibraryUpdateSchema>;

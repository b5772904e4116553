import "server-only";
import type { LicenseRevisionFields } from "@/lib/schemas/catalog";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";

/** The LicenseVersion row data of a revision form: one LicenseTerm per intended use. */
export function licenseVersionData(fields: LicenseRevisionFields, revision: number, createdById: string | null) {
  return {
    revision,
    label: fields.label,
    url: fields.url,
    textSha256: fields.textSha256,
    summary: fields.summary,
    passThroughRestrictions: fields.passThroughRestrictions,
    restrictionsText: fields.restrictionsText,
    obligations: fields.obligations,
    createdById,
    terms: {
      create: INTENDED_USES.map((use) => ({
        use,
        status: fields.terms[use].status,
        condition: fields.terms[use].condition,
        basis: fields.terms[use].basis,
        conditionKeys: fields.terms[use].conditionKeys,
      })),
    },
  };
}

/** What the audit trail records of a revision: the facts, with the terms as `USE: STATUS (condition)`. */
export function revisionAuditFacts(fields: LicenseRevisionFields, revision: number) {
  return {
    revision,
    label: fields.label,
    url: fields.url,
    textSha256: fields.textSha256,
    passThroughRestrictions: fields.passThroughRestrictions,
    obligations: fields.obligations,
    terms: Object.fromEntries(INTENDED_USES.map((use) => [use, fields.terms[use]])),
  };
}

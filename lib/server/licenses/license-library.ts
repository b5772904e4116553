import "server-only";
import type { LicenseRevisionFields } from "@/lib/schemas/catalog";
import { INTENDED_USES, type IntendedUse } from "@/lib/licensing/vocabulary";
import type { SeedLicenseRevision } from "@/prisma/seed-data/types";

// The licence library (prisma/seed-data/licenses.ts) as the admin's revision form would submit it:
// the seed writes these rows into a fresh database, and an update submits them through
// createLicenseRevision, so both paths store the same thing.

/** A library revision as the fields of the revision form. */
export function libraryRevisionFields(revision: SeedLicenseRevision): LicenseRevisionFields {
  return {
    label: revision.label,
    url: revision.url,
    textSha256: null,
    summary: revision.summary,
    passThroughRestrictions: revision.passThroughRestrictions,
    restrictionsText: revision.restrictionsText,
    obligations: [...revision.obligations],
    terms: Object.fromEntries(
      INTENDED_USES.map((use) => {
        const term = revision.terms[use];
        return [
          use,
          {
            status: term.status,
            condition: term.status === "UNKNOWN" ? null : (term.condition ?? null),
            basis: term.basis,
            conditionKeys: [...(term.conditionKeys ?? [])].sort(),
          },
        ];
      }),
    ) as LicenseRevisionFields["terms"],
  };
}

/** What a stored revision says, in the same shape, to compare with the library. */
export interface StoredRevision {
  label: string | null;
  url: string | null;
  summary: string | null;
  passThroughRestrictions: boolean;
  restrictionsText: string | null;
  obligations: string[];
  terms: { use: IntendedUse; status: string; condition: string | null; basis: string | null; conditionKeys: string[] }[];
}

/** True when the stored revision already says what the library revision says (the update has nothing to do). */
export function revisionMatches(stored: StoredRevision, library: LicenseRevisionFields): boolean {
  return fingerprint(fromStored(stored)) === fingerprint(library);
}

function fromStored(stored: StoredRevision): LicenseRevisionFields {
  const byUse = new Map(stored.terms.map((term) => [term.use, term]));
  return {
    label: stored.label,
    url: stored.url,
    textSha256: null,
    summary: stored.summary,
    passThroughRestrictions: stored.passThroughRestrictions,
    restrictionsText: stored.restrictionsText,
    obligations: stored.obligations,
    terms: Object.fromEntries(
      INTENDED_USES.map((use) => {
        const term = byUse.get(use);
        return [
          use,
          {
            status: (term?.status ?? "UNKNOWN") as LicenseRevisionFields["terms"][IntendedUse]["status"],
            condition: term?.condition ?? null,
            basis: term?.basis ?? null,
            conditionKeys: [...(term?.conditionKeys ?? [])].sort(),
          },
        ];
      }),
    ) as LicenseRevisionFields["terms"],
  };
}

function fingerprint(fields: LicenseRevisionFields): string {
  return JSON.stringify([
    fields.label,
    fields.url,
    fields.summary,
    fields.passThroughRestrictions,
    fields.restrictionsText,
    fields.obligations,
    INTENDED_USES.map((use) => {
      const term = fields.terms[use];
      return [term.status, term.condition, term.basis, term.conditionKeys];
    }),
  ]);
}

import type { CommercialUse, VersionKind } from "@/lib/licensing/vocabulary";
import { matchLicense, type LicenseOption } from "@/lib/reviews/file-prefill";
import type { TriState } from "@/lib/schemas/version-facts";
import { CIVITAI_DEFAULTS_NOTE } from "./civitai-response";
import { IMPORT_SOURCE_LABELS, primaryFile, type ImportedFacts, type ImportedFile, type ImportedLicense } from "./imported-facts";

// From imported facts and what the catalog matched to form values, each with the source it came
// from. Nothing is dropped silently: a licence or parent the catalog does not have is returned as
// unmatched, for the submitter to see (and an admin to add).

export interface ParentOption {
  id: string;
  label: string;
  detail: string;
}

/** What the catalog made of one imported base model. */
export type ParentMatch = { ref: string; origin: string; match: ParentOption } | { ref: string; origin: string; match: null; reason: string };

export const PREFILL_FIELDS = [
  "checkpointName",
  "version",
  "kind",
  "architectureKey",
  "publisher",
  "parents",
  "licenseIds",
  "creatorTerms",
  "sourceUrl",
  "sha256",
  "fileSizeBytes",
  "fileName",
] as const;
export type PrefillField = (typeof PREFILL_FIELDS)[number];

export interface ImportPrefill {
  source: ImportedFacts["source"];
  checkpointName: string | null;
  version: string | null;
  kind: VersionKind | null;
  architectureKey: string | null;
  publisher: string | null;
  parents: ParentOption[];
  licenseIds: string[];
  creatorTerms: {
    allowCommercialUse: CommercialUse[];
    allowNoCredit: TriState;
    allowDerivatives: TriState;
    allowDifferentLicense: TriState;
    sourceUrl: string;
  } | null;
  sourceUrl: string | null;
  sha256: string | null;
  fileSizeBytes: string | null;
  fileName: string | null;
  /** Field → where its value came from, for the note under the field. */
  sources: Partial<Record<PrefillField, string>>;
  unmatchedParents: { ref: string; reason: string }[];
  /** Licences the catalog does not have: an admin can add them (never dropped silently). */
  unmatchedLicenses: ImportedLicense[];
  files: ImportedFile[];
  creatorTermsNote: string | null;
  notes: string[];
}

export function buildImportPrefill(
  facts: ImportedFacts,
  catalog: { parents: readonly ParentMatch[]; licenses: readonly LicenseOption[]; architectureKeys: readonly string[] },
): ImportPrefill {
  const label = IMPORT_SOURCE_LABELS[facts.source];
  const sources: ImportPrefill["sources"] = {};
  const set = <T>(field: PrefillField, value: T | null | undefined, origin: string | null): T | null => {
    if (value === null || value === undefined || value === "") return null;
    sources[field] = origin ?? label;
    return value;
  };

  const parents = dedupe(catalog.parents.flatMap((parent) => (parent.match ? [parent.match] : [])));
  if (parents.length > 0)
    sources.parents = catalog.parents
      .filter((parent) => parent.match)
      .map((parent) => `${parent.origin} “${parent.ref}”`)
      .join("; ");

  const licenseIds: string[] = [];
  const unmatchedLicenses: ImportedLicense[] = [];
  const licenseOrigins: string[] = [];
  for (const license of facts.licenses) {
    const match = matchLicense(license.id ?? undefined, catalog.licenses) ?? matchLicense(license.name ?? undefined, catalog.licenses);
    if (match) {
      if (!licenseIds.includes(match.id)) licenseIds.push(match.id);
      licenseOrigins.push(`${license.origin} (${license.name ?? license.id})`);
    } else {
      unmatchedLicenses.push(license);
    }
  }
  if (licenseIds.length > 0) sources.licenseIds = licenseOrigins.join("; ");

  const file = primaryFile(facts.files);
  const architectureKey = facts.architectureKey && catalog.architectureKeys.includes(facts.architectureKey) ? facts.architectureKey : null;
  const terms = facts.creatorTerms;
  const creatorTerms: ImportPrefill["creatorTerms"] = terms
    ? {
        allowCommercialUse: terms.allowCommercialUse,
        allowNoCredit: tri(terms.allowNoCredit),
        allowDerivatives: tri(terms.allowDerivatives),
        allowDifferentLicense: tri(terms.allowDifferentLicense),
        sourceUrl: facts.pageUrl ?? "",
      }
    : null;
  if (terms) sources.creatorTerms = terms.origin;

  return {
    source: facts.source,
    checkpointName: set("checkpointName", facts.name, `${label}: model name`),
    version: set("version", facts.version, `${label}: version name`),
    kind: set("kind", facts.kind, facts.kindOrigin),
    architectureKey: set("architectureKey", architectureKey, facts.architectureOrigin),
    publisher: set("publisher", facts.publisher, `${label}: ${facts.source === "CIVITAI" ? "creator" : "repo owner"}`),
    parents,
    licenseIds,
    creatorTerms,
    sourceUrl: set("sourceUrl", facts.pageUrl, `${label} page`),
    sha256: set("sha256", file?.sha256, file ? `${label}: file ${file.name}` : null),
    fileSizeBytes: set(
      "fileSizeBytes",
      file?.sizeBytes === null || file?.sizeBytes === undefined ? null : String(file.sizeBytes),
      file ? `${label}: file ${file.name}` : null,
    ),
    fileName: set("fileName", file?.name, file ? `${label}: primary file` : null),
    sources,
    unmatchedParents: catalog.parents.flatMap((parent) => (parent.match ? [] : [{ ref: parent.ref, reason: parent.reason }])),
    unmatchedLicenses,
    files: facts.files,
    creatorTermsNote: facts.source === "CIVITAI" && terms ? CIVITAI_DEFAULTS_NOTE : null,
    notes: [
      ...facts.notes,
      ...(facts.architectureKey && !architectureKey ? [`The architecture ${facts.architectureKey} is not in the catalog.`] : []),
      ...(facts.files.length > 1 && !file ? [`${facts.files.length} weight files: choose the one you submit and fill in its SHA-256 and size.`] : []),
    ],
  };
}

function tri(value: boolean | null): TriState {
  return value === null ? "unknown" : value ? "yes" : "no";
}

function dedupe(options: ParentOption[]): ParentOption[] {
  const seen = new Set<string>();
  return options.filter((option) => !seen.has(option.id) && seen.add(option.id));
}

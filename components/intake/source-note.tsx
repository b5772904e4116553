import { PREFILL_FIELDS, type ImportPrefill, type PrefillField } from "@/lib/intake/import-prefill";

/** What an import put into each field: where from, and the value, to tell an edit from the import. */
export type FieldSources = Partial<Record<PrefillField, { origin: string; value: string }>>;

/** The note under a prefilled field: its source, and whether the submitter has changed it since. */
export function SourceNote({ sources, field, current }: { sources: FieldSources | undefined; field: PrefillField; current: string }) {
  const source = sources?.[field];
  if (!source) return null;
  const edited = source.value !== current;
  return (
    <p className="mt-1 text-xs text-indigo-800" data-testid={`source-${field}`}>
      {edited ? "Changed by you; imported from " : "Imported from "}
      {source.origin}
    </p>
  );
}

/** The form's value of a creator-terms group as SourceNote compares it. */
export function creatorTermsKey(
  terms: { allowCommercialUse: readonly string[]; allowNoCredit: string; allowDerivatives: string; allowDifferentLicense: string } | null,
): string {
  if (!terms) return "";
  return JSON.stringify([[...terms.allowCommercialUse].sort(), terms.allowNoCredit, terms.allowDerivatives, terms.allowDifferentLicense]);
}

/** The sources of an import's prefill, with the values it set. */
export function fieldSources(prefill: ImportPrefill): FieldSources {
  const values: Record<PrefillField, string> = {
    checkpointName: prefill.checkpointName ?? "",
    version: prefill.version ?? "",
    kind: prefill.kind ?? "",
    architectureKey: prefill.architectureKey ?? "",
    publisher: prefill.publisher ?? "",
    parents: idsKey(prefill.parents.map((parent) => parent.id)),
    licenseIds: idsKey(prefill.licenseIds),
    creatorTerms: creatorTermsKey(prefill.creatorTerms),
    sourceUrl: prefill.sourceUrl ?? "",
    sha256: prefill.sha256 ?? "",
    fileSizeBytes: prefill.fileSizeBytes ?? "",
    fileName: prefill.fileName ?? "",
  };
  const sources: FieldSources = {};
  for (const field of PREFILL_FIELDS) {
    const origin = prefill.sources[field];
    if (origin) sources[field] = { origin, value: values[field] };
  }
  return sources;
}

export function idsKey(ids: readonly string[]): string {
  return [...ids].sort().join(",");
}

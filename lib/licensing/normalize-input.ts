import { parseCommercialUses } from "@/lib/licensing/creator-terms";
import type { EffectiveTermsInput, VersionInput } from "@/lib/licensing/lineage-input";

// The engine reads its input through this canonical form, so the same facts in any order give the
// same output, byte for byte: parents by id (then relation), licence layers by key (then licence
// version), creator values in the vocabulary's order, facts by key and id. Creator values the
// engine does not know are refused here (UnknownCreatorTermError), never read as "nothing granted".

export function normalizeEngineInput(input: EffectiveTermsInput): EffectiveTermsInput {
  const entries: [string, VersionInput][] =
    input.versions instanceof Map ? [...input.versions.entries()] : Object.entries(input.versions as Record<string, VersionInput>);
  const versions = new Map<string, VersionInput>();
  for (const [id, version] of entries.sort(([a], [b]) => compare(a, b))) versions.set(id, normalizeVersion(version));
  const organisationFacts = [...(input.organisationFacts ?? [])].sort(
    (a, b) => compare(a.conditionKey, b.conditionKey) || compare(a.recordedAt, b.recordedAt) || compare(a.id, b.id),
  );
  return { subjectId: input.subjectId, versions, organisationFacts };
}

function normalizeVersion(version: VersionInput): VersionInput {
  return {
    ...version,
    parents: [...version.parents].sort((a, b) => compare(a.parentId, b.parentId) || compare(a.relation, b.relation)),
    licenseLayers: [...version.licenseLayers].sort((a, b) => compare(a.licenseKey, b.licenseKey) || compare(a.licenseVersionId, b.licenseVersionId)),
    creatorTerms: version.creatorTerms
      ? { ...version.creatorTerms, allowCommercialUse: parseCommercialUses(version.creatorTerms.allowCommercialUse, version.name) }
      : null,
  };
}

// Code-unit order, not localeCompare: the same on every machine and locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

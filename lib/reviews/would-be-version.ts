import type { CreatorTermsInput } from "@/lib/licensing/creator-terms";
import type { EffectiveTermsInput, LicenseLayerInput, VersionInput, VersionMap } from "@/lib/licensing/lineage-input";
import type { LineageRelation, VersionKind } from "@/lib/licensing/vocabulary";

/** The id the would-be version carries in the engine's input; never a real (uuid) version id. */
export const WOULD_BE_VERSION_ID = "would-be-version";

/** The lineage relation a version's parents have, by the version's kind (a BASE has none). */
export function relationForKind(kind: VersionKind): LineageRelation {
  if (kind === "MERGE") return "MERGE";
  if (kind === "DISTILLED") return "DISTILL";
  return "FINETUNE";
}

export interface WouldBeVersion {
  name: string;
  kind: VersionKind;
  parentIds: readonly string[];
  licenseLayers: readonly LicenseLayerInput[];
  creatorTerms: CreatorTermsInput | null;
}

/**
 * The engine input for a version that is not in the catalog yet: the form's facts as the subject,
 * plus every parent's loaded lineage. The effective terms are then those the version would have
 * once submitted, without writing anything.
 */
export function buildWouldBeInput(version: WouldBeVersion, parentLineages: readonly VersionMap[]): EffectiveTermsInput {
  const versions = new Map<string, VersionInput>();
  for (const lineage of parentLineages) {
    const entries = lineage instanceof Map ? [...lineage.entries()] : Object.entries(lineage);
    for (const [id, entry] of entries) versions.set(id, entry);
  }
  const relation = relationForKind(version.kind);
  versions.set(WOULD_BE_VERSION_ID, {
    id: WOULD_BE_VERSION_ID,
    name: version.name,
    kind: version.kind,
    parents: version.parentIds.map((parentId) => ({ parentId, relation })),
    licenseLayers: version.licenseLayers.map((layer) => ({ ...layer })),
    creatorTerms: version.creatorTerms,
  });
  return { subjectId: WOULD_BE_VERSION_ID, versions };
}

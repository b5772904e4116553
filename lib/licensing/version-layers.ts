import { mapCreatorTerms } from "@/lib/licensing/creator-terms";
import type { LayerSource } from "@/lib/licensing/layer-source";
import type { LayerTerm, LayerTerms } from "@/lib/licensing/layer-terms";
import type { LicenseLayerInput, VersionInput } from "@/lib/licensing/lineage-input";
import { unionTexts } from "@/lib/licensing/text-union";
import { INTENDED_USES, isTermStatus, type IntendedUse } from "@/lib/licensing/vocabulary";

/** One layer of one version, in the engine's common shape. */
export type ResolvedLayer = {
  source: LayerSource;
  /**
   * Licence layers (and the stand-ins for unrecorded licences and missing versions) have a term for
   * every use; creator terms only for the uses their flags speak to.
   */
  terms: LayerTerms;
  /** Uses this layer does not state and that are read as UNKNOWN. */
  unstated: IntendedUse[];
  obligations: string[];
  /** The use restrictions derivatives must carry, when this layer passes them on. */
  passThroughText: string | null;
  /** What the layer leaves unstated (creator terms only). */
  unknowns: string[];
  /** The creator's own words, when recorded. */
  text: string | null;
};

/**
 * A version's own layers: its licences and its creator terms, or UNKNOWN for all if no licence is
 * recorded. A fine-tune, merge or distillation with no parent recorded also gets an all-UNKNOWN
 * layer: what it inherits is not known, so no use can be more than UNKNOWN on its account.
 */
export function resolveVersionLayers(version: VersionInput): ResolvedLayer[] {
  const layers = version.licenseLayers.map((layer) => resolveLicenseLayer(version, layer));
  if (layers.length === 0) {
    layers.push(unknownLayer({ kind: "license-not-recorded", versionId: version.id, versionName: version.name }));
  }
  if (lineageNotRecorded(version)) {
    layers.push(unknownLayer({ kind: "lineage-not-recorded", versionId: version.id, versionName: version.name }));
  }
  if (version.creatorTerms) {
    const creator = mapCreatorTerms(version.creatorTerms);
    const passThroughText = creator.passThrough
      ? `Derivatives must keep the terms set by the creator of ${version.name}: ${creator.summary.join(" ")}` +
        (creator.text ? ` Creator's text: "${creator.text}"` : "")
      : null;
    layers.push({
      source: { kind: "creator-terms", versionId: version.id, versionName: version.name },
      terms: creator.terms,
      unstated: [],
      obligations: creator.obligations,
      passThroughText,
      unknowns: creator.unknowns,
      text: creator.text,
    });
  }
  return layers;
}

export function lineageNotRecorded(version: VersionInput): boolean {
  return version.kind !== "BASE" && version.parents.length === 0;
}

/** Stands in for a parent the input does not contain: an unseen ancestor can never make a use more permissive. */
export function missingVersionLayer(versionId: string): ResolvedLayer {
  return unknownLayer({ kind: "version-not-found", versionId, versionName: null });
}

// Licences apply together, so a licence whose term for a use is not recorded leaves that use
// UNKNOWN: otherwise a child's ALLOWED could lift its parent's UNKNOWN.
function resolveLicenseLayer(version: VersionInput, layer: LicenseLayerInput): ResolvedLayer {
  const terms: LayerTerms = {};
  const unstated: IntendedUse[] = [];
  for (const use of INTENDED_USES) {
    const stated = layer.terms[use];
    if (!stated) {
      terms[use] = unknownTerm();
      unstated.push(use);
      continue;
    }
    // Rows can arrive as JSON from anywhere: a status the engine does not know is read as UNKNOWN.
    const status = isTermStatus(stated.status) ? stated.status : "UNKNOWN";
    terms[use] = {
      status,
      conditions: unionTexts(stated.condition ? [stated.condition] : []),
      basis: stated.basis?.trim() || null,
      conditionKeys: [...new Set(stated.conditionKeys ?? [])].sort(),
    };
  }
  const restrictions = layer.restrictionsText?.trim();
  return {
    source: {
      kind: "license",
      versionId: version.id,
      versionName: version.name,
      licenseKey: layer.licenseKey,
      licenseName: layer.licenseName,
      licenseVersionId: layer.licenseVersionId,
      revision: layer.revision,
      licenseUrl: layer.url ?? null,
    },
    terms,
    unstated,
    obligations: unionTexts(layer.obligations),
    passThroughText: layer.passThroughRestrictions
      ? restrictions || `The use-based restrictions of ${layer.licenseName} (text not recorded; see the licence).`
      : null,
    unknowns: [],
    text: null,
  };
}

function unknownLayer(source: LayerSource): ResolvedLayer {
  const terms: LayerTerms = {};
  for (const use of INTENDED_USES) terms[use] = unknownTerm();
  return { source, terms, unstated: [...INTENDED_USES], obligations: [], passThroughText: null, unknowns: [], text: null };
}

function unknownTerm(): LayerTerm {
  return { status: "UNKNOWN", conditions: [] };
}

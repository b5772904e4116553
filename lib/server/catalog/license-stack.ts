import type { EffectiveTerms } from "@/lib/licensing/effective-terms";
import { describeLayerSource } from "@/lib/licensing/explain";
import type { LayerSource } from "@/lib/licensing/layer-source";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";

/** One layer of the license stack, as the detail page and the API show it. */
export interface StackLayer {
  kind: LayerSource["kind"];
  title: string;
  licenseKey: string | null;
  url: string | null;
  /** License revision, or the creator terms' revision. */
  revision: number | null;
  /** Only the uses the layer speaks to; `stated` false when a license is silent and read as UNKNOWN. */
  terms: { use: IntendedUse; status: TermStatus; conditions: string[]; stated: boolean; basis: string | null }[];
  obligations: string[];
  passThrough: string | null;
  unknowns: string[];
  text: string | null;
}

/** The layers of one version of the lineage, nearest version first. */
export interface StackVersion {
  versionId: string;
  name: string;
  /** 0: this version; 1: a parent; 2: a grandparent... */
  depth: number;
  layers: StackLayer[];
}

export function buildLicenseStack(
  terms: EffectiveTerms,
  context: { licenseUrls: ReadonlyMap<string, string | null>; creatorTermsRevisions: Readonly<Record<string, number>> },
): StackVersion[] {
  return terms.ancestry.map((entry) => ({
    versionId: entry.id,
    name: entry.name ?? `Unknown version ${entry.id}`,
    depth: entry.depth,
    layers: terms.layers
      .filter((layer) => layer.source.versionId === entry.id)
      .map((layer) => {
        const source = layer.source;
        return {
          kind: source.kind,
          title: source.kind === "license" ? source.licenseName : source.kind === "creator-terms" ? "Creator-added terms" : describeLayerSource(source),
          licenseKey: source.kind === "license" ? source.licenseKey : null,
          url: source.kind === "license" ? (source.licenseUrl ?? context.licenseUrls.get(source.licenseKey) ?? null) : null,
          revision:
            source.kind === "license" ? source.revision : source.kind === "creator-terms" ? (context.creatorTermsRevisions[source.versionId] ?? null) : null,
          terms: INTENDED_USES.flatMap((use) => {
            const term = layer.terms[use];
            return term ? [{ use, status: term.status, conditions: term.conditions, stated: !layer.unstated.includes(use), basis: term.basis ?? null }] : [];
          }),
          obligations: layer.obligations,
          passThrough: layer.passThroughText,
          unknowns: layer.unknowns,
          text: layer.text,
        };
      }),
  }));
}

import "server-only";
import type { EffectiveTerms } from "@/lib/licensing/effective-terms";
import { describeLayerSource } from "@/lib/licensing/explain";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import type { StackLayer, StackVersion } from "@/lib/licensing/license-stack";

export type { StackLayer, StackVersion };

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

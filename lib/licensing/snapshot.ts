import type { EffectiveTerms } from "@/lib/licensing/effective-terms";

/**
 * What approvals and sign-offs store of the effective terms they relied on: everything but the raw
 * per-layer detail, which the statuses, provenance and texts already summarise and which would
 * make each snapshot ten times larger.
 */
export type EffectiveTermsSnapshot = Omit<EffectiveTerms, "layers">;

export function toEffectiveTermsSnapshot(terms: EffectiveTerms): EffectiveTermsSnapshot {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { layers, ...snapshot } = terms;
  return snapshot;
}

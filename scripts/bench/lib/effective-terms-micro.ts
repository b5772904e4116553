import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import type { LicenseLayerInput, VersionInput } from "@/lib/licensing/lineage-input";
import { INTENDED_USES, TERM_STATUSES } from "@/lib/licensing/vocabulary";
import { random } from "@/scripts/bench/lib/bench-data";

/**
 * A version with 50 ancestors: a merge-heavy lineage of bases, fine-tunes and merges, each with
 * licence layers (pass-through included) and creator terms, as the engine receives it.
 */
export function fiftyAncestorLineage(): { subjectId: string; versions: Map<string, VersionInput> } {
  const next = random(2024);
  const versions = new Map<string, VersionInput>();
  const license = (index: number): LicenseLayerInput => ({
    licenseKey: `LicenseRef-micro-${index}`,
    licenseName: `Micro License ${index}`,
    licenseVersionId: `lv-${index}`,
    revision: 1,
    passThroughRestrictions: index % 3 === 0,
    restrictionsText: index % 3 === 0 ? `Restrictions of licence ${index}` : null,
    obligations: index % 2 === 0 ? [`Credit licence ${index}`] : [],
    terms: Object.fromEntries(
      INTENDED_USES.filter(() => next() < 0.8).map((use) => [use, { status: TERM_STATUSES[Math.floor(next() * 4)]!, condition: `condition ${index}` }]),
    ),
  });
  // v0 is a base; every later version fine-tunes the previous one, and about a third also merge in
  // an earlier one: v50 has all 50 others as ancestors, with merges all along the way.
  for (let index = 0; index <= 50; index += 1) {
    const parents =
      index === 0
        ? []
        : next() < 0.35 && index > 1
          ? [
              { parentId: `v${index - 1}`, relation: "MERGE" as const, weight: 0.5 },
              { parentId: `v${Math.floor(next() * (index - 1))}`, relation: "MERGE" as const, weight: 0.5 },
            ]
          : [{ parentId: `v${index - 1}`, relation: "FINETUNE" as const, weight: null }];
    versions.set(`v${index}`, {
      id: `v${index}`,
      name: `Micro ${index}`,
      kind: parents.length === 0 ? "BASE" : parents.length > 1 ? "MERGE" : "FINETUNE",
      parents,
      licenseLayers: next() < 0.6 ? [license(index)] : [],
      creatorTerms:
        next() < 0.5
          ? { allowCommercialUse: ["IMAGE"], allowNoCredit: next() < 0.5, allowDerivatives: next() < 0.8, allowDifferentLicense: next() < 0.5 ? false : null }
          : null,
    });
  }
  return { subjectId: "v50", versions };
}

export function measureEffectiveTerms(iterations = 500): { ancestors: number; medianMs: number; p99Ms: number; maxMs: number } {
  const input = fiftyAncestorLineage();
  const ancestors = computeEffectiveTerms(input).ancestry.length - 1;
  for (let warm = 0; warm < 50; warm += 1) computeEffectiveTerms(input);
  const times: number[] = [];
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const started = performance.now();
    computeEffectiveTerms(input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    ancestors,
    medianMs: round(times[Math.floor(times.length / 2)]!),
    p99Ms: round(times[Math.floor(times.length * 0.99)]!),
    maxMs: round(times[times.length - 1]!),
  };
}

import { describe, expect, it } from "vitest";
import { mapCreatorTerms, type CreatorTermsInput } from "@/lib/licensing/creator-terms";
import type { LicenseLayerInput, VersionInput } from "@/lib/licensing/lineage-input";
import { COMMERCIAL_USES, compareRestrictiveness, INTENDED_USES, TERM_STATUSES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import { compute, graph, license, version } from "./fixtures";

// mulberry32: a tiny seeded PRNG, so a failure reproduces from its seed.
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDag(random: () => number): Record<string, VersionInput> {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const maybeFlag = () => pick([true, false, null]);
  const count = 2 + Math.floor(random() * 24);
  const versions: VersionInput[] = [];
  for (let index = 0; index < count; index++) {
    // Parents only among earlier versions: acyclic by construction. Sometimes a parent is missing.
    const parentCount = index === 0 ? 0 : Math.floor(random() * Math.min(index, 4));
    const parents = new Set<string>();
    for (let n = 0; n < parentCount; n++) parents.add(random() < 0.05 ? `missing-${index}-${n}` : `v${Math.floor(random() * index)}`);
    const licenses: LicenseLayerInput[] = [];
    const licenseCount = Math.floor(random() * 3);
    for (let n = 0; n < licenseCount; n++) {
      const terms: Partial<Record<IntendedUse, TermStatus>> = {};
      for (const use of INTENDED_USES) if (random() < 0.8) terms[use] = pick(TERM_STATUSES);
      licenses.push(license(`l${index}-${n}`, terms, { passThrough: random() < 0.3 }));
    }
    const creatorTerms: CreatorTermsInput | null =
      random() < 0.5
        ? {
            allowCommercialUse: COMMERCIAL_USES.filter(() => random() < 0.3),
            allowNoCredit: maybeFlag(),
            allowDerivatives: maybeFlag(),
            allowDifferentLicense: maybeFlag(),
          }
        : null;
    versions.push(version(`v${index}`, { parents: [...parents], licenses, creatorTerms }));
  }
  return graph(...versions);
}

/** Each status a version's own layers state for `use`, computed from the raw input, not by the engine. */
function ownStatuses(entry: VersionInput | undefined, use: IntendedUse): TermStatus[] {
  if (!entry) return ["UNKNOWN"];
  // A licence that does not state the use leaves it UNKNOWN.
  const statuses = entry.licenseLayers.map((layer) => layer.terms[use]?.status ?? "UNKNOWN");
  if (entry.licenseLayers.length === 0) statuses.push("UNKNOWN");
  const creatorStatus = entry.creatorTerms ? mapCreatorTerms(entry.creatorTerms).terms[use]?.status : undefined;
  if (creatorStatus) statuses.push(creatorStatus);
  return statuses;
}

function ancestorsOf(id: string, versions: Record<string, VersionInput>): string[] {
  const seen = new Set([id]);
  const queue = [id];
  for (let head = 0; head < queue.length; head++) {
    for (const parent of versions[queue[head]!]?.parents ?? []) {
      if (!seen.has(parent.parentId)) {
        seen.add(parent.parentId);
        queue.push(parent.parentId);
      }
    }
  }
  return queue;
}

describe("property: a child is never less restrictive than any layer of any ancestor", () => {
  const seeds = Array.from({ length: 60 }, (_, index) => 1000 + index * 7919);

  it.each(seeds.map((seed) => [seed]))("random DAG with seed %i", (seed) => {
    const versions = randomDag(prng(seed));
    let comparisons = 0;
    for (const subjectId of Object.keys(versions)) {
      const result = compute(subjectId, versions);
      for (const ancestorId of ancestorsOf(subjectId, versions)) {
        for (const use of INTENDED_USES) {
          for (const status of ownStatuses(versions[ancestorId], use)) {
            comparisons++;
            expect(compareRestrictiveness(result.uses[use].status, status), `${subjectId} ${use} vs ${ancestorId}`).toBeGreaterThanOrEqual(0);
          }
        }
      }
      // And a child is never less restrictive than its parents' effective terms.
      for (const parent of versions[subjectId]!.parents) {
        if (!versions[parent.parentId]) continue;
        const parentResult = compute(parent.parentId, versions);
        for (const use of INTENDED_USES) {
          expect(compareRestrictiveness(result.uses[use].status, parentResult.uses[use].status)).toBeGreaterThanOrEqual(0);
        }
      }
    }
    expect(comparisons).toBeGreaterThan(0);
  });
});

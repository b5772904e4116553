// Effective terms of a checkpoint version: what its whole lineage lets us do, use by use.
//
// Rules:
// 1. Every layer counts: each licence layer and creator-terms layer of the version and of ALL its
//    ancestors (any depth; a merge inherits from every parent). Per use the most restrictive status
//    wins: FORBIDDEN > UNKNOWN > CONDITIONAL > ALLOWED. Nothing a child says can lift an ancestor.
// 2. Creator terms speak only to the uses their flags cover: they have no term for
//    INTERNAL_EXPLORATION, RESEARCH or TRAIN_ON_OUTPUTS and no say in them. A licence's term that is
//    not recorded is UNKNOWN (licences apply together), so a use no layer states is UNKNOWN and a
//    child can never be less restrictive than its parent.
// 3. A version that records no licence is UNKNOWN for every use; so is a parent missing from the input.
// 4. Provenance names the layers that impose the deciding status. Conditions are the union over
//    every layer that states the use; obligations, pass-through restrictions and unknowns are unions
//    over all layers, each with its sources.
// 5. Violations: a derivative of a version whose own layers forbid DERIVATIVES; a version that
//    declares a use more permissively than an ancestor's pass-through layer (OpenRAIL restrictions,
//    or creator terms with allowDifferentLicense false) allows; cycles; missing parents; a MERGE
//    with fewer than two parents or a BASE with parents (warnings).
// 6. Organisation conditions: a term may name keyed conditions (organisation-conditions.ts) that the
//    organisation settles once. A condition with a current fact saying "met" shows as met, with the
//    fact and who recorded it; the status stays CONDITIONAL, and the use is "usable without a waiver"
//    (ALLOWED, or CONDITIONAL with every keyed condition met).
// 7. The output does not depend on the order of the input (versions, parents, licence layers,
//    creator values, facts): the same facts give byte-identical JSON, so stored snapshots compare.
// The output is plain JSON so approvals and sign-offs can store it as their snapshot.

import type { LayerSource, VersionRef } from "@/lib/licensing/layer-source";
import { walkLineage } from "@/lib/licensing/lineage-graph";
import { normalizeEngineInput } from "@/lib/licensing/normalize-input";
import type { EffectiveTermsInput } from "@/lib/licensing/lineage-input";
import { lookupVersion } from "@/lib/licensing/lineage-input";
import { ORGANISATION_CONDITIONS, isOrganisationConditionKey, type OrganisationFactInput } from "@/lib/licensing/organisation-conditions";
import { findTermViolations } from "@/lib/licensing/lineage-term-violations";
import type { LineageViolation } from "@/lib/licensing/lineage-violation";
import { textKey, unionTexts } from "@/lib/licensing/text-union";
import { missingVersionLayer, resolveVersionLayers, type ResolvedLayer } from "@/lib/licensing/version-layers";
import { compareRestrictiveness, INTENDED_USES, type IntendedUse, type TermStatus, type VersionKind } from "@/lib/licensing/vocabulary";

export type Provenance = {
  source: LayerSource;
  /** false when the layer does not state the use and is read as UNKNOWN. */
  stated: boolean;
  conditions: string[];
  /** The clause of the licence that decides the use, when recorded. */
  basis: string | null;
};

/** A keyed organisation condition of a use, and whether the organisation's recorded fact meets it. */
export type KeyedConditionState = {
  key: string;
  label: string;
  met: boolean;
  /** The fact that holds now for this condition (met or not), or null when none is recorded. */
  fact: Omit<OrganisationFactInput, "conditionKey"> | null;
};

export type EffectiveUseTerm = {
  use: IntendedUse;
  status: TermStatus;
  /** The layers that impose `status`, nearest version first. */
  provenance: Provenance[];
  /** Every condition any layer attaches to this use, once each: all of them apply if the use is approved. */
  conditions: string[];
  /** The organisation conditions any layer attaches to this use, by key. */
  keyedConditions: KeyedConditionState[];
  /** ALLOWED, or CONDITIONAL with every keyed condition met by a current fact. */
  usableWithoutWaiver: boolean;
};

export type SourcedText = {
  text: string;
  sources: LayerSource[];
};

export type AncestryEntry = VersionRef & {
  /** null for a version missing from the input. */
  kind: VersionKind | null;
  /** Shortest distance from the subject (0 = the subject). */
  depth: number;
};

export type EffectiveTerms = {
  subject: VersionRef;
  uses: Record<IntendedUse, EffectiveUseTerm>;
  obligations: SourcedText[];
  passThroughRestrictions: SourcedText[];
  /** What creators left unstated (e.g. whether credit is required). */
  unknowns: SourcedText[];
  /** Errors first, then warnings. */
  violations: LineageViolation[];
  /** The subject and its ancestors, nearest first. */
  ancestry: AncestryEntry[];
  /** Every layer that was considered, in ancestry order. */
  layers: ResolvedLayer[];
  /** The licence versions the result relies on: a new revision of any of them means re-review. */
  licenseVersionIds: string[];
  /** The organisation facts that meet a condition here: withdrawing or expiring one means re-review. */
  organisationFactIds: string[];
};

type UseFold = {
  status: TermStatus | null;
  provenance: Provenance[];
  conditionLists: string[][];
  conditionKeys: Set<string>;
};

export function computeEffectiveTerms(rawInput: EffectiveTermsInput): EffectiveTerms {
  const input = normalizeEngineInput(rawInput);
  const subject = lookupVersion(input.versions, input.subjectId);
  if (!subject) throw new Error(`Version ${input.subjectId} is not in the effective-terms input.`);

  const walk = walkLineage(input.subjectId, input.versions);
  const layerCache = new Map<string, ResolvedLayer[]>();
  const layersOf = (id: string): ResolvedLayer[] => {
    let layers = layerCache.get(id);
    if (!layers) {
      const version = lookupVersion(input.versions, id);
      layers = version ? resolveVersionLayers(version) : [missingVersionLayer(id)];
      layerCache.set(id, layers);
    }
    return layers;
  };
  const refOf = (id: string): VersionRef => ({ id, name: lookupVersion(input.versions, id)?.name ?? null });

  const folds = new Map<IntendedUse, UseFold>(
    INTENDED_USES.map((use) => [use, { status: null, provenance: [], conditionLists: [], conditionKeys: new Set<string>() }]),
  );
  const obligations = new SourcedTexts();
  const passThrough = new SourcedTexts();
  const unknowns = new SourcedTexts();
  const allLayers: ResolvedLayer[] = [];
  const licenseVersionIds = new Set<string>();

  for (const id of walk.order) {
    for (const layer of layersOf(id)) {
      allLayers.push(layer);
      if (layer.source.kind === "license") licenseVersionIds.add(layer.source.licenseVersionId);
      for (const use of INTENDED_USES) {
        const term = layer.terms[use];
        if (!term) continue;
        const stated = !layer.unstated.includes(use);
        const fold = folds.get(use)!;
        for (const key of term.conditionKeys ?? []) fold.conditionKeys.add(key);
        foldTerm(fold, term.status, { source: layer.source, stated, conditions: term.conditions, basis: term.basis ?? null });
      }
      for (const text of layer.obligations) obligations.add(text, layer.source);
      if (layer.passThroughText !== null) passThrough.add(layer.passThroughText, layer.source);
      for (const text of layer.unknowns) unknowns.add(text, layer.source);
    }
  }

  const factsByKey = currentFactsByKey(input.organisationFacts ?? []);
  const factIds = new Set<string>();
  const uses = {} as Record<IntendedUse, EffectiveUseTerm>;
  for (const use of INTENDED_USES) {
    uses[use] = finishFold(use, folds.get(use)!, factsByKey);
    for (const condition of uses[use].keyedConditions) if (condition.met && condition.fact) factIds.add(condition.fact.id);
  }

  const violations = [...findTermViolations(walk, layersOf, refOf), ...walk.violations];
  violations.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));

  return {
    subject: { id: subject.id, name: subject.name },
    uses,
    obligations: obligations.list(),
    passThroughRestrictions: passThrough.list(),
    unknowns: unknowns.list(),
    violations,
    ancestry: walk.order.map((id) => {
      const version = lookupVersion(input.versions, id);
      return { id, name: version?.name ?? null, kind: version?.kind ?? null, depth: walk.depth.get(id) ?? 0 };
    }),
    layers: allLayers,
    licenseVersionIds: [...licenseVersionIds].sort(),
    organisationFactIds: [...factIds].sort(),
  };
}

function foldTerm(fold: UseFold, status: TermStatus, provenance: Provenance): void {
  fold.conditionLists.push(provenance.conditions);
  const order = fold.status === null ? 1 : compareRestrictiveness(status, fold.status);
  if (order > 0) {
    fold.status = status;
    fold.provenance = [provenance];
  } else if (order === 0) {
    fold.provenance.push(provenance);
  }
}

function finishFold(use: IntendedUse, fold: UseFold, factsByKey: ReadonlyMap<string, OrganisationFactInput>): EffectiveUseTerm {
  // Every version contributes a licence layer or a stand-in with a term for every use, so some
  // layer always speaks; the fallback only keeps the type honest.
  const status = fold.status ?? "UNKNOWN";
  const keyedConditions = [...fold.conditionKeys].sort().map((key): KeyedConditionState => {
    const fact = factsByKey.get(key) ?? null;
    return {
      key,
      label: isOrganisationConditionKey(key) ? ORGANISATION_CONDITIONS[key].label : key,
      met: fact?.met === true,
      fact: fact
        ? {
            id: fact.id,
            met: fact.met,
            evidenceReference: fact.evidenceReference,
            recordedBy: fact.recordedBy,
            recordedAt: fact.recordedAt,
            reviewBy: fact.reviewBy,
          }
        : null,
    };
  });
  const usableWithoutWaiver = status === "ALLOWED" || (status === "CONDITIONAL" && keyedConditions.every((condition) => condition.met));
  return { use, status, provenance: fold.provenance, conditions: unionTexts(...fold.conditionLists), keyedConditions, usableWithoutWaiver };
}

/** One fact per key: the latest recorded (then the greatest id), whatever order they arrive in. */
function currentFactsByKey(facts: readonly OrganisationFactInput[]): Map<string, OrganisationFactInput> {
  const byKey = new Map<string, OrganisationFactInput>();
  for (const fact of facts) {
    const current = byKey.get(fact.conditionKey);
    if (!current || fact.recordedAt > current.recordedAt || (fact.recordedAt === current.recordedAt && fact.id > current.id)) {
      byKey.set(fact.conditionKey, fact);
    }
  }
  return byKey;
}

/** Texts grouped by `textKey`, each with the distinct layers that carry it, in first-seen order. */
class SourcedTexts {
  private readonly byKey = new Map<string, SourcedText>();

  add(text: string, source: LayerSource): void {
    const key = textKey(text);
    if (key === "") return;
    const entry = this.byKey.get(key);
    if (!entry) {
      this.byKey.set(key, { text: text.trim(), sources: [source] });
    } else if (!entry.sources.includes(source)) {
      entry.sources.push(source);
    }
  }

  list(): SourcedText[] {
    return [...this.byKey.values()];
  }
}

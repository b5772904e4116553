import { layerSourceKey, type LayerSource, type VersionRef } from "@/lib/licensing/layer-source";
import type { LineageWalk } from "@/lib/licensing/lineage-graph";
import type { LineageViolation } from "@/lib/licensing/lineage-violation";
import type { ResolvedLayer } from "@/lib/licensing/version-layers";
import { compareRestrictiveness, INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";

type LayersOf = (versionId: string) => readonly ResolvedLayer[];
type Declaration = Map<IntendedUse, { status: TermStatus; by: LayerSource[] }>;

/** DERIVATIVE_OF_NO_DERIVATIVES, MORE_PERMISSIVE_THAN_PASS_THROUGH and PASS_THROUGH_NOT_CARRIED over the walked ancestry. */
export function findTermViolations(walk: LineageWalk, layersOf: LayersOf, refOf: (id: string) => VersionRef): LineageViolation[] {
  const ancestorCache = new Map<string, string[]>();
  const ancestorsOf = (id: string): string[] => {
    let ancestors = ancestorCache.get(id);
    if (!ancestors) {
      ancestors = ancestorsNearestFirst(id, walk.parentsOf);
      ancestorCache.set(id, ancestors);
    }
    return ancestors;
  };
  return [
    ...derivativesOfNoDerivatives(walk, layersOf, refOf),
    ...morePermissiveThanPassThrough(walk, layersOf, refOf, ancestorsOf),
    ...passThroughNotCarried(walk, layersOf, refOf, ancestorsOf),
  ];
}

// A pass-through layer binds every descendant, so each descendant must carry the restrictions on
// itself, not merely avoid looser statuses: a licence's use restrictions are carried by a licence
// layer of the child that passes use restrictions on too; a creator's "derivatives must keep these
// terms" by the child's own creator terms that keep them (allowDifferentLicense false). A version
// that records no licence is already UNKNOWN for every use (license-not-recorded) and is not
// reported twice. One violation per version, naming the nearest such ancestor and every layer it
// does not carry.
function passThroughNotCarried(
  walk: LineageWalk,
  layersOf: LayersOf,
  refOf: (id: string) => VersionRef,
  ancestorsOf: (id: string) => string[],
): LineageViolation[] {
  const violations: LineageViolation[] = [];
  for (const childId of walk.order) {
    if ((walk.parentsOf.get(childId) ?? []).length === 0) continue;
    const own = layersOf(childId);
    if (own.some((layer) => layer.source.kind === "license-not-recorded")) continue;
    const carriesLicense = own.some((layer) => layer.source.kind === "license" && layer.passThroughText !== null);
    const carriesCreator = own.some((layer) => layer.source.kind === "creator-terms" && layer.passThroughText !== null);
    if (carriesLicense && carriesCreator) continue;
    const missing: LayerSource[] = [];
    const seen = new Set<string>();
    let nearest: string | null = null;
    for (const ancestorId of ancestorsOf(childId)) {
      for (const layer of layersOf(ancestorId)) {
        if (layer.passThroughText === null) continue;
        if (layer.source.kind === "license" ? carriesLicense : carriesCreator) continue;
        const key = layerSourceKey(layer.source);
        if (seen.has(key)) continue;
        seen.add(key);
        missing.push(layer.source);
        nearest ??= ancestorId;
      }
    }
    if (nearest === null) continue;
    violations.push({ code: "PASS_THROUGH_NOT_CARRIED", severity: "error", child: refOf(childId), ancestor: refOf(nearest), passThroughLayers: missing });
  }
  return violations;
}

function derivativesOfNoDerivatives(walk: LineageWalk, layersOf: LayersOf, refOf: (id: string) => VersionRef): LineageViolation[] {
  const violations: LineageViolation[] = [];
  for (const edge of walk.edges) {
    const forbiddenBy = layersOf(edge.parentId)
      .filter((layer) => layer.terms.DERIVATIVES?.status === "FORBIDDEN")
      .map((layer) => layer.source);
    if (forbiddenBy.length === 0) continue;
    violations.push({
      code: "DERIVATIVE_OF_NO_DERIVATIVES",
      severity: "error",
      parent: refOf(edge.parentId),
      child: refOf(edge.childId),
      relation: edge.relation,
      forbiddenBy,
    });
  }
  return violations;
}

// Only a permissive declaration (ALLOWED or CONDITIONAL) can break a pass-through, and only what
// the ancestor's layer actually states can be broken: UNKNOWN on either side declares nothing, and
// the effective terms inherit the ancestor's anyway. One violation per version and use, against
// the strictest pass-through layers; a licence version carried by several ancestors counts once,
// at the nearest.
function morePermissiveThanPassThrough(
  walk: LineageWalk,
  layersOf: LayersOf,
  refOf: (id: string) => VersionRef,
  ancestorsOf: (id: string) => string[],
): LineageViolation[] {
  const passThroughCache = new Map<string, PassThroughEntry[]>();
  const passThroughOf = (id: string): PassThroughEntry[] => {
    let entries = passThroughCache.get(id);
    if (!entries) {
      entries = layersOf(id)
        .filter((layer) => layer.passThroughText !== null)
        .map((layer) => ({
          source: layer.source,
          key: layerSourceKey(layer.source),
          stated: INTENDED_USES.flatMap((use) => {
            const term = layer.terms[use];
            return term && !layer.unstated.includes(use) ? [{ use, status: term.status }] : [];
          }),
        }));
      passThroughCache.set(id, entries);
    }
    return entries;
  };
  if (!walk.order.some((id) => passThroughOf(id).length > 0)) return [];

  const violations: LineageViolation[] = [];
  for (const childId of walk.order) {
    if (!walk.parentsOf.has(childId)) continue;
    const declaration = permissiveDeclaration(layersOf(childId));
    if (declaration.size === 0) continue;
    const strictest = new Map<IntendedUse, { allowed: TermStatus; ancestorId: string; layers: LayerSource[] }>();
    const seenKeys = new Set<string>();
    for (const ancestorId of ancestorsOf(childId)) {
      for (const entry of passThroughOf(ancestorId)) {
        if (seenKeys.has(entry.key)) continue;
        seenKeys.add(entry.key);
        for (const { use, status } of entry.stated) {
          const declared = declaration.get(use);
          if (!declared || compareRestrictiveness(declared.status, status) >= 0) continue;
          const current = strictest.get(use);
          const order = current ? compareRestrictiveness(status, current.allowed) : 1;
          if (order > 0) strictest.set(use, { allowed: status, ancestorId, layers: [entry.source] });
          else if (order === 0) current!.layers.push(entry.source);
        }
      }
    }
    for (const use of INTENDED_USES) {
      const broken = strictest.get(use);
      const declared = declaration.get(use);
      if (!broken || !declared) continue;
      violations.push({
        code: "MORE_PERMISSIVE_THAN_PASS_THROUGH",
        severity: "error",
        use,
        child: refOf(childId),
        declared: declared.status,
        declaredBy: declared.by,
        ancestor: refOf(broken.ancestorId),
        allowed: broken.allowed,
        passThroughLayers: broken.layers,
      });
    }
  }
  return violations;
}

type PassThroughEntry = {
  source: LayerSource;
  key: string;
  stated: Array<{ use: IntendedUse; status: TermStatus }>;
};

/** The uses a version's own layers make ALLOWED or CONDITIONAL (the most restrictive of them). */
function permissiveDeclaration(layers: readonly ResolvedLayer[]): Declaration {
  const declaration = declarationOf(layers);
  for (const [use, { status }] of declaration) {
    if (status !== "ALLOWED" && status !== "CONDITIONAL") declaration.delete(use);
  }
  return declaration;
}

/** A version's own status per use: the most restrictive of its own layers that state the use. */
function declarationOf(layers: readonly ResolvedLayer[]): Declaration {
  const declaration: Declaration = new Map();
  for (const layer of layers) {
    for (const use of INTENDED_USES) {
      const term = layer.terms[use];
      if (!term) continue;
      const current = declaration.get(use);
      if (!current || compareRestrictiveness(term.status, current.status) > 0) {
        declaration.set(use, { status: term.status, by: [layer.source] });
      } else if (term.status === current.status) {
        current.by.push(layer.source);
      }
    }
  }
  return declaration;
}

function ancestorsNearestFirst(versionId: string, parentsOf: ReadonlyMap<string, readonly string[]>): string[] {
  const seen = new Set<string>([versionId]);
  const queue: string[] = [versionId];
  for (let head = 0; head < queue.length; head++) {
    for (const parentId of parentsOf.get(queue[head]!) ?? []) {
      if (seen.has(parentId)) continue;
      seen.add(parentId);
      queue.push(parentId);
    }
  }
  return queue.slice(1);
}

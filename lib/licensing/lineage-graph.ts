import { lookupVersion, type VersionInput, type VersionMap } from "@/lib/licensing/lineage-input";
import type { LineageViolation } from "@/lib/licensing/lineage-violation";
import type { LineageRelation } from "@/lib/licensing/vocabulary";

export type LineageEdge = { parentId: string; childId: string; relation: LineageRelation };

export type LineageWalk = {
  /** The subject, then every ancestor breadth-first (nearest first), including ids missing from the input. */
  order: string[];
  /** Shortest number of edges from the subject. */
  depth: ReadonlyMap<string, number>;
  /** Distinct parent ids of each version found in the input. */
  parentsOf: ReadonlyMap<string, readonly string[]>;
  edges: LineageEdge[];
  /** CYCLE, MISSING_PARENT and the structural warnings. */
  violations: LineageViolation[];
};

/** Walks the ancestry of `subjectId` iteratively; terminates on any input, cycles included. */
export function walkLineage(subjectId: string, versions: VersionMap): LineageWalk {
  const order: string[] = [subjectId];
  const depth = new Map<string, number>([[subjectId, 0]]);
  const parentsOf = new Map<string, string[]>();
  const edges: LineageEdge[] = [];
  const violations: LineageViolation[] = [];

  for (let head = 0; head < order.length; head++) {
    const id = order[head]!;
    const version = lookupVersion(versions, id);
    if (!version) continue;
    const parentIds: string[] = [];
    for (const parent of version.parents) {
      if (parentIds.includes(parent.parentId)) continue;
      parentIds.push(parent.parentId);
      edges.push({ parentId: parent.parentId, childId: id, relation: parent.relation });
      if (!lookupVersion(versions, parent.parentId)) {
        violations.push({
          code: "MISSING_PARENT",
          severity: "error",
          child: { id, name: version.name },
          parentId: parent.parentId,
          relation: parent.relation,
        });
      }
      if (!depth.has(parent.parentId)) {
        depth.set(parent.parentId, depth.get(id)! + 1);
        order.push(parent.parentId);
      }
    }
    parentsOf.set(id, parentIds);
    violations.push(...structuralWarnings(version, parentIds.length));
  }

  for (const cycle of findCycles(subjectId, parentsOf)) {
    const refs = cycle.map((id) => ({ id, name: lookupVersion(versions, id)?.name ?? null }));
    violations.push({ code: "CYCLE", severity: "error", versions: refs });
  }
  return { order, depth, parentsOf, edges, violations };
}

function structuralWarnings(version: VersionInput, parentCount: number): LineageViolation[] {
  const ref = { id: version.id, name: version.name };
  if (version.kind !== "BASE" && parentCount === 0) {
    return [{ code: "LINEAGE_NOT_RECORDED", severity: "error", version: ref, kind: version.kind }];
  }
  if (version.kind === "MERGE" && parentCount < 2) {
    return [{ code: "MERGE_WITH_FEWER_THAN_TWO_PARENTS", severity: "warning", version: ref, parentCount }];
  }
  if (version.kind === "BASE" && parentCount > 0) {
    return [{ code: "BASE_WITH_PARENTS", severity: "warning", version: ref, parentCount }];
  }
  return [];
}

/** Iterative depth-first search: every back edge closes one cycle. Each cycle is reported once. */
function findCycles(subjectId: string, parentsOf: ReadonlyMap<string, readonly string[]>): string[][] {
  const done = new Set<string>();
  const stackIndex = new Map<string, number>();
  const stack: { id: string; next: number }[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();

  const enter = (id: string) => {
    stackIndex.set(id, stack.length);
    stack.push({ id, next: 0 });
  };
  enter(subjectId);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const parents = parentsOf.get(frame.id) ?? [];
    if (frame.next >= parents.length) {
      stack.pop();
      stackIndex.delete(frame.id);
      done.add(frame.id);
      continue;
    }
    const parentId = parents[frame.next++]!;
    const onStack = stackIndex.get(parentId);
    if (onStack !== undefined) {
      // The stack runs child -> parent; reversed, it reads in lineage order (parent before child).
      const versionIds = stack
        .slice(onStack)
        .map((entry) => entry.id)
        .reverse();
      const key = [...versionIds].sort().join("\u0000");
      if (!seen.has(key)) {
        seen.add(key);
        cycles.push(versionIds);
      }
    } else if (!done.has(parentId) && parentsOf.has(parentId)) {
      enter(parentId);
    }
  }
  return cycles;
}

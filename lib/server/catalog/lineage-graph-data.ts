import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { LineageGraphData, LineageGraphEdge, LineageGraphNode } from "@/lib/catalog/lineage-graph-data";

export type { LineageGraphData, LineageGraphEdge, LineageGraphNode };

type Db = PrismaClient | TransactionClient;

export const MAX_DESCENDANTS_SHOWN = 40;

/**
 * The version, all its ancestors and its nearest descendants (at most MAX_DESCENDANTS_SHOWN), with
 * the edges between them. Depth is the shortest distance; UNION ALL with a depth bound keeps a
 * cyclic lineage from looping.
 */
export async function loadLineageGraph(db: Db, versionId: string): Promise<LineageGraphData> {
  const related = await db.$queryRaw<{ id: string; depth: number; direction: string }[]>`
    WITH RECURSIVE up(id, depth) AS (
      SELECT ${versionId}::uuid, 0
      UNION ALL
      SELECT e."parentId", up.depth + 1 FROM "LineageEdge" e JOIN up ON e."childId" = up.id WHERE up.depth < 64
    ), down(id, depth) AS (
      SELECT ${versionId}::uuid, 0
      UNION ALL
      SELECT e."childId", down.depth + 1 FROM "LineageEdge" e JOIN down ON e."parentId" = down.id WHERE down.depth < 64
    ), nearest AS (
      SELECT id, min(depth) AS depth, 'up' AS direction FROM up GROUP BY id
      UNION ALL
      SELECT id, min(depth) AS depth, 'down' AS direction FROM down WHERE depth > 0 GROUP BY id
    )
    SELECT id::text AS id, depth, direction FROM nearest`;
  const ancestors = related.filter((row) => row.direction === "up");
  const descendants = related
    .filter((row) => row.direction === "down" && !ancestors.some((ancestor) => ancestor.id === row.id))
    .sort((a, b) => a.depth - b.depth);
  const shownDescendants = descendants.slice(0, MAX_DESCENDANTS_SHOWN);
  const depthOf = new Map<string, number>([
    ...ancestors.map((row) => [row.id, -row.depth] as const),
    ...shownDescendants.map((row) => [row.id, row.depth] as const),
  ]);
  const ids = [...depthOf.keys()];

  const [versions, edges] = await Promise.all([
    db.checkpointVersion.findMany({ where: { id: { in: ids } }, select: { id: true, version: true, kind: true, checkpoint: { select: { name: true } } } }),
    db.lineageEdge.findMany({
      where: { childId: { in: ids }, parentId: { in: ids } },
      select: { id: true, parentId: true, childId: true, relation: true, weight: true },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  return {
    nodes: versions
      .map((version) => ({
        id: version.id,
        label: `${version.checkpoint.name} ${version.version}`,
        kind: version.kind,
        depth: depthOf.get(version.id) ?? 0,
        current: version.id === versionId,
      }))
      .sort((a, b) => a.depth - b.depth || a.label.localeCompare(b.label)),
    edges: edges.map((edge) => ({ id: edge.id, source: edge.parentId, target: edge.childId, relation: edge.relation, weight: edge.weight })),
    hiddenDescendants: descendants.length - shownDescendants.length,
  };
}

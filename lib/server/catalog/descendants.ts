import "server-only";
import type { Descendant } from "@/lib/catalog/descendants";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import type { VersionKind } from "@/lib/licensing/vocabulary";

type Db = PrismaClient | TransactionClient;

/**
 * Every catalogued version that derives from this one through the lineage edges, directly or
 * indirectly, once each at its shortest distance (a cycle in bad data ends the walk: UNION drops
 * a version already reached at the same depth, and the depth bound stops the rest).
 */
export async function listDescendants(db: Db, versionId: string, maxDepth = 32): Promise<Descendant[]> {
  const rows = await db.$queryRaw<{ id: string; name: string; kind: VersionKind; depth: number }[]>`
    WITH RECURSIVE reached(id, depth) AS (
      SELECT e."childId", 1 FROM "LineageEdge" e WHERE e."parentId" = ${versionId}::uuid
      UNION
      SELECT e."childId", r.depth + 1 FROM "LineageEdge" e JOIN reached r ON e."parentId" = r.id WHERE r.depth < ${maxDepth}
    ),
    nearest AS (SELECT id, min(depth) AS depth FROM reached WHERE id <> ${versionId}::uuid GROUP BY id)
    SELECT v.id, c.name || ' ' || v.version AS name, v.kind::text AS kind, n.depth::int AS depth
    FROM nearest n
    JOIN "CheckpointVersion" v ON v.id = n.id
    JOIN "Checkpoint" c ON c.id = v."checkpointId"
    ORDER BY n.depth, c.name, v.version`;
  return rows;
}

/** For the detail page. */
export function getDescendants(versionId: string): Promise<Descendant[]> {
  return listDescendants(prisma, versionId);
}

import "server-only";
import type { PrismaClient } from "@/lib/server/db/client";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";

/**
 * Rebuilds the browse read model (VersionSummary, VersionUseApproval) of every version from the
 * facts, in batches of one transaction each: after a release that adds an intended use or a browse
 * column, or to repair a read model that drifted. The facts are not touched, so it writes no audit
 * event; a change committed meanwhile syncs its own versions under the same row locks, so running
 * this on a live registry is safe.
 */
export async function resyncAllVersionSummaries(
  prisma: PrismaClient,
  options: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ synced: number }> {
  const batchSize = options.batchSize ?? 500;
  const ids = (await prisma.checkpointVersion.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((version) => version.id);
  let synced = 0;
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    synced += (await prisma.$transaction((tx) => syncVersionSummaries(tx, batch), { timeout: 300_000, maxWait: 60_000 })).synced;
    options.onProgress?.(Math.min(start + batchSize, ids.length), ids.length);
  }
  return { synced };
}

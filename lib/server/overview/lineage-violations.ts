import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";

export const VIOLATIONS_LISTED = 10;

export interface LineageViolations {
  /** Versions whose effective terms carry at least one lineage violation of severity "error". */
  versions: number;
  /** The most affected first, at most VIOLATIONS_LISTED. */
  listed: { versionId: string; name: string; violations: number }[];
}

export async function getLineageViolations(db: PrismaClient | TransactionClient): Promise<LineageViolations> {
  const where = { violationCount: { gt: 0 } };
  const [versions, rows] = await Promise.all([
    db.versionSummary.count({ where }),
    db.versionSummary.findMany({
      where,
      orderBy: [{ violationCount: "desc" }, { checkpointName: "asc" }, { versionLabel: "asc" }],
      take: VIOLATIONS_LISTED,
      select: { versionId: true, checkpointName: true, versionLabel: true, violationCount: true },
    }),
  ]);
  return {
    versions,
    listed: rows.map((row) => ({ versionId: row.versionId, name: `${row.checkpointName} ${row.versionLabel}`, violations: row.violationCount })),
  };
}

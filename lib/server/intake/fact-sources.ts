import "server-only";
import { prisma } from "@/lib/server/db/prisma";
import type { FactSourceDto } from "@/lib/intake/fact-source";

/** Where the version's facts were imported from, oldest first (empty for a version typed by hand). */
export async function listVersionFactSources(versionId: string): Promise<FactSourceDto[]> {
  const rows = await prisma.versionFactSource.findMany({
    where: { versionId },
    orderBy: [{ createdAt: "asc" }, { fetchedAt: "asc" }],
    select: { id: true, source: true, via: true, pageUrl: true, responseUrl: true, fetchedAt: true, responseSha256: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, fetchedAt: row.fetchedAt?.toISOString() ?? null, recordedAt: row.createdAt.toISOString() }));
}

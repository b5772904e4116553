import "server-only";
import { Prisma } from "@/lib/server/generated/prisma/client";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { EMPTY_BROWSE_QUERY } from "@/lib/catalog/browse-query";
import { INTENDED_USES, type IntendedUse } from "@/lib/licensing/vocabulary";
import { browseWhere } from "@/lib/server/catalog/browse";

/** Per use, the checkpoint versions approved for it right now (for any team): browse's `?approved=USE`, counted with its own filter. */
export async function countApprovedVersionsByUse(db: PrismaClient | TransactionClient): Promise<{ use: IntendedUse; count: number }[]> {
  const counts = INTENDED_USES.map(
    (use) => Prisma.sql`(SELECT count(*)::int FROM "VersionSummary" s ${browseWhere({ ...EMPTY_BROWSE_QUERY, approved: [use] })})`,
  );
  const [row] = await db.$queryRaw<{ counts: number[] }[]>`SELECT ARRAY[${Prisma.join(counts)}]::int[] AS counts`;
  return INTENDED_USES.map((use, index) => ({ use, count: row?.counts[index] ?? 0 }));
}

import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { versionInputSelect } from "@/lib/server/licensing/engine-input";

type Db = PrismaClient | TransactionClient;

// The license engine's input for many versions at once: syncVersionSummaries recomputes whole
// lineages (a new SDXL licence revision touches every SDXL derivative), and the benchmark syncs
// 100,000 versions. It reads the same facts as loadLineageFacts (lib/server/licensing), for a set
// of versions and the union of their ancestors, in a fixed number of queries.
// Both build the engine input with lib/server/licensing/engine-input.ts;
// tests/integration/catalog/summaries.test.ts checks both give the same terms.

const versionFactsSelect = {
  ...versionInputSelect,
  checkpointId: true,
  architectureKey: true,
  promptStyle: true,
  releasedAt: true,
  createdAt: true,
  checkpoint: { select: { name: true, aliases: true } },
  licenses: { ...versionInputSelect.licenses, orderBy: { createdAt: "asc" } },
} satisfies Prisma.CheckpointVersionSelect;

export type VersionFacts = Prisma.CheckpointVersionGetPayload<{ select: typeof versionFactsSelect }>;

export async function loadVersionFacts(db: Db, ids: readonly string[]): Promise<Map<string, VersionFacts>> {
  const rows = await db.checkpointVersion.findMany({ where: { id: { in: [...ids] } }, select: versionFactsSelect });
  return new Map(rows.map((row) => [row.id, row]));
}

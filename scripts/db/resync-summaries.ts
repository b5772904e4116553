/**
 * `npm run db:resync-summaries`: rebuilds the browse read model of every version from the facts
 * (after adding an intended use or a browse column, or to repair it). Changes no fact.
 */
import { resyncAllVersionSummaries } from "@/lib/server/catalog/resync-all-summaries";
import { createPrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { runWithDatabase } from "@/scripts/lib/database";

await runWithDatabase("db:resync-summaries", async (database) => {
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    const { synced } = await resyncAllVersionSummaries(prisma, {
      onProgress: (done, total) => {
        if (total > 500) console.error(`  ${done.toLocaleString("en")} of ${total.toLocaleString("en")} versions`);
      },
    });
    console.log(`Browse read model rebuilt for ${synced.toLocaleString("en")} version${synced === 1 ? "" : "s"}.`);
  } finally {
    await prisma.$disconnect();
  }
});

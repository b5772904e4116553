/** `npm run db:seed`: inserts whatever of the seed catalog, teams and demo users is missing. Changes nothing else. */
import { applyMigrations } from "@/lib/server/db/migrate";
import { createPrismaClient } from "@/lib/server/db/client";
import { seedDatabase } from "@/prisma/seed";
import { runWithDatabase } from "@/scripts/lib/database";

await runWithDatabase("db:seed", async (database) => {
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    const summary = await seedDatabase(prisma);
    const created = Object.entries(summary).filter(([, count]) => Number(count) > 0);
    console.log(
      created.length > 0 ? `Seeded: ${created.map(([kind, count]) => `${count} ${kind}`).join(", ")}.` : "Nothing to seed: everything is there already.",
    );
  } finally {
    await prisma.$disconnect();
  }
});

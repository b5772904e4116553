import { applyMigrations } from "@/lib/server/db/migrate";
import { createPrismaClient } from "@/lib/server/db/client";
import { seedDatabase } from "@/prisma/seed";

export interface PreparedDatabase {
  appliedMigrations: string[];
  seeded: boolean;
}

/** Applies pending migrations; seeds when asked to, or when the database has never been seeded. */
export async function prepareDatabase(url: string, options: { seed: "always" | "if-empty" | "never" }): Promise<PreparedDatabase> {
  const { applied } = await applyMigrations(url);
  if (options.seed === "never") return { appliedMigrations: applied, seeded: false };

  const prisma = createPrismaClient(url, { maxConnections: 2 });
  try {
    const empty = (await prisma.architecture.count()) === 0;
    if (options.seed === "if-empty" && !empty) return { appliedMigrations: applied, seeded: false };
    await seedDatabase(prisma);
    return { appliedMigrations: applied, seeded: true };
  } finally {
    await prisma.$disconnect();
  }
}

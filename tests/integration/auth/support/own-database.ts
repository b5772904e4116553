import { afterAll, beforeAll } from "vitest";
import { applyMigrations } from "@/lib/server/db/migrate";
import { prisma } from "@/lib/server/db/prisma";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";

/**
 * Gives the calling test file a fresh migrated database of its own, and points the app's `prisma`
 * singleton at it. For tests that count whole tables or every admin (the shared database of
 * global-setup has other test files writing to it at the same time). Each test file runs in its
 * own process, so changing DATABASE_URL here affects no other file.
 */
export function withOwnDatabase(prefix: string): { url: () => string } {
  let url = "";
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createScratchDatabase(prefix);
    drop = database.drop;
    url = database.url;
    await applyMigrations(url);
    // The singleton is created on first use, which must come after this.
    const global = globalThis as { checkpointRegistryPrisma?: unknown };
    if (global.checkpointRegistryPrisma) throw new Error("withOwnDatabase() must run before anything uses the prisma client");
    process.env.DATABASE_URL = url;
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await drop?.();
  });
  return { url: () => url };
}

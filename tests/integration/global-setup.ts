import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/server/db/migrate";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One fresh database per run, migrated by the production applier, dropped at the end. */
export default async function setup(project: TestProject) {
  const database = await createScratchDatabase("test");
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
  // Code under test reads DATABASE_URL (lib/server/db/prisma.ts); workers inherit this environment.
  process.env.DATABASE_URL = database.url;
  // As `npm start` provides it: the key webhook secrets are encrypted with.
  process.env.WEBHOOK_SECRET_KEY ??= "integration-tests-webhook-secret-key-0123456789";
  return async () => {
    await database.drop();
  };
}

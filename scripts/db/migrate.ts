/** `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
import { applyMigrations } from "@/lib/server/db/migrate";
import { runWithDatabase } from "@/scripts/lib/database";

await runWithDatabase("db:migrate", async (database) => {
  const result = await applyMigrations(database.url);
  console.log(
    result.applied.length > 0
      ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}`
      : `Database is up to date (${result.alreadyApplied} migration(s) applied before).`,
  );
});

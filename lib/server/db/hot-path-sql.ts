import "server-only";
import pg from "pg";
import { requireDatabaseUrl } from "@/lib/server/db/database-url";
import type { Prisma } from "@/lib/server/generated/prisma/client";

// The two statements every machine request runs (token check, file lookup) go straight through
// `pg`: Prisma's per-query overhead was a third of the lookup route's time under load. Everything
// else uses Prisma. Statements are still built with Prisma.sql, so values are always parameters.
const globalForPool = globalThis as unknown as { checkpointRegistryHotPathPool?: pg.Pool };

function pool(): pg.Pool {
  globalForPool.checkpointRegistryHotPathPool ??= new pg.Pool({
    connectionString: requireDatabaseUrl(),
    max: Math.max(2, Math.floor(Number(process.env.DATABASE_POOL_SIZE ?? 10) / 2)),
    connectionTimeoutMillis: 10_000,
  });
  return globalForPool.checkpointRegistryHotPathPool;
}

export async function hotPathRows<T>(statement: Prisma.Sql): Promise<T[]> {
  return (await pool().query(statement.text, statement.values as unknown[])).rows as T[];
}

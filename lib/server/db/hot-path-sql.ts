import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { requireDatabaseUrl } from "@/lib/server/db/database-url";
import type { Prisma } from "@/lib/server/generated/prisma/client";

// The two statements every machine request runs (token check, file lookup) go straight through
// `pg`: Prisma's per-query overhead was a third of the lookup route's time under load. Everything
// else uses Prisma. Statements are still built with Prisma.sql, so values are always parameters.
const globalForPool = globalThis as unknown as { checkpointRegistryHotPathPool?: pg.Pool };

function pool(): pg.Pool {
  if (!globalForPool.checkpointRegistryHotPathPool) {
    const created = new pg.Pool({
      connectionString: requireDatabaseUrl(),
      max: Math.max(2, Math.floor(Number(process.env.DATABASE_POOL_SIZE ?? 10) / 2)),
      connectionTimeoutMillis: 10_000,
    });
    // An idle connection the server terminated (restart, failover, pg_terminate_backend) emits
    // `error` on the pool; unhandled, that is an uncaught exception. The pool has already dropped
    // it and opens a new one on the next query, so a line in the log is all it needs.
    created.on("error", (error) => console.error(`database (hot path): idle connection lost (${error.message}); it will be replaced`));
    globalForPool.checkpointRegistryHotPathPool = created;
  }
  return globalForPool.checkpointRegistryHotPathPool;
}

// Named statements are prepared once per connection, so PostgreSQL stops parsing and planning
// them on every request. Not on the embedded database: all its connections share one session,
// where a name one connection prepared clashes with the same name from another.
const prepareStatements = process.env.DATABASE_SHARED_SESSION !== "1";
// A statement's name is a digest of its text, not a counter: Next bundles this module into each
// route's chunks, so several copies of it share the one pool (globalThis), and a counter per copy
// gave two statements the same name on one connection (pg refuses it: every request of that kind
// failed). The hot path has a handful of statement shapes (optional filters), so this stays small.
const statementNames = new Map<string, string>();

function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `hot_path_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

export async function hotPathRows<T>(statement: Prisma.Sql): Promise<T[]> {
  const values = statement.values as unknown[];
  const config = prepareStatements ? { name: statementName(statement.text), text: statement.text, values } : { text: statement.text, values };
  return (await pool().query(config)).rows as T[];
}

/** Closes the hot-path pool (tests, and processes that switch databases). */
export async function endHotPathPool(): Promise<void> {
  const current = globalForPool.checkpointRegistryHotPathPool;
  globalForPool.checkpointRegistryHotPathPool = undefined;
  await current?.end();
}

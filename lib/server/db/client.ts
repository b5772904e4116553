import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { SerialQueryClient } from "@/lib/server/db/serial-query-client";
import { PrismaClient } from "@/lib/server/generated/prisma/client";

export type { PrismaClient };
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * How long a transaction may wait for a connection, and then run. Prisma's defaults (2 s, 5 s)
 * fail a burst of audited writes on a busy machine with P2028: every audited write holds the audit
 * chain's lock for a moment, so a burst of 50 on two instances queues behind it for tens of seconds
 * on a loaded machine. Waiting is the right answer to a burst; a write that still cannot start gets
 * the retryable "busy" message (lib/server/action-result.ts), with nothing written.
 */
export const TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

/** A Prisma client over `pg` for the given PostgreSQL URL (the app's server, or the embedded one). */
export function createPrismaClient(connectionString: string, options: { maxConnections?: number } = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    // pg applies this to waiting for a free pool connection too, not only to connecting: it must
    // not be shorter than the transaction's wait, or a queued write fails before its turn.
    connectionTimeoutMillis: TRANSACTION_OPTIONS.maxWait,
    Client: SerialQueryClient,
  });
  const adapter = new PrismaPg(pool, {
    disposeExternalPool: true,
    // A connection the server terminated while idle (restart, failover, pg_terminate_backend)
    // is dropped from the pool and replaced; without a listener it is an uncaught exception.
    onPoolError: (error) => console.error(`database: idle connection lost (${error.message}); it will be replaced`),
  });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}

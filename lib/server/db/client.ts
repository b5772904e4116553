import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { SerialQueryClient } from "@/lib/server/db/serial-query-client";
import { PrismaClient } from "@/lib/server/generated/prisma/client";

export type { PrismaClient };
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A Prisma client over `pg` for the given PostgreSQL URL (the app's server, or the embedded one). */
export function createPrismaClient(connectionString: string, options: { maxConnections?: number } = {}): PrismaClient {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    Client: SerialQueryClient,
  });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  return new PrismaClient({ adapter });
}

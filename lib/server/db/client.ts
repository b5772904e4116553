import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/server/generated/prisma/client";

export type { PrismaClient };
export type TransactionClient = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A Prisma client over `pg` for the given PostgreSQL URL (the app's server, or the embedded one). */
export function createPrismaClient(connectionString: string, options: { maxConnections?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
  });
  return new PrismaClient({ adapter });
}

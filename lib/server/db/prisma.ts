import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { requireDatabaseUrl } from "@/lib/server/db/database-url";

// One client per server process, created on first use (so `next build` never needs a database).
// It lives on globalThis because Next's dev server re-evaluates modules on every edit.
const globalForPrisma = globalThis as unknown as { checkpointRegistryPrisma?: PrismaClient };

function getClient(): PrismaClient {
  globalForPrisma.checkpointRegistryPrisma ??= createPrismaClient(requireDatabaseUrl(), {
    maxConnections: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  return globalForPrisma.checkpointRegistryPrisma;
}

export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

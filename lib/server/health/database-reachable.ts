import "server-only";
import { prisma } from "@/lib/server/db/prisma";

/** Whether the database answers a trivial query: the health check of `npm start` and load balancers. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/server/db/client";

// pg 8 warns (and pg 9 will refuse) when a second query reaches a connection that is still executing
// one. Prisma's interpreter sends independent reads of one transaction at once, and so does a
// Promise.all over a transaction client: the app's client must serialise them on the connection.
describe("the app's Prisma client on pg", () => {
  const prisma = createPrismaClient(process.env.DATABASE_URL!, { maxConnections: 2 });
  afterAll(() => prisma.$disconnect());

  it("runs concurrent queries of one transaction without pg's concurrent-query deprecation", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.message);
    process.on("warning", onWarning);
    try {
      const email = `serial-${Date.now()}@it.test`;
      const users = await prisma.$transaction(async (tx) => {
        const team = await tx.team.create({ data: { slug: `serial-${Date.now()}`, name: "Serial" } });
        await tx.user.create({ data: { email, memberships: { create: { teamId: team.id } } } });
        // One read whose relations Prisma loads with several queries at once, next to two more reads.
        const [found] = await Promise.all([
          tx.user.findMany({ where: { email }, include: { memberships: true, apiTokens: true, accounts: true, sessions: true } }),
          tx.$queryRaw`SELECT pg_sleep(0.02)::text AS slept`,
          tx.team.count(),
        ]);
        return found;
      });
      expect(users).toHaveLength(1);
      expect(users[0]!.memberships).toHaveLength(1);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((message) => message.includes("already executing a query"))).toEqual([]);
  });

  it("keeps a failed query from blocking the ones queued behind it", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        const failing = tx.$queryRaw`SELECT 1/0`;
        const next = tx.$queryRaw`SELECT 1`;
        await Promise.allSettled([failing, next]);
        return failing;
      }),
    ).rejects.toThrow();
    expect(await prisma.user.count()).toBeGreaterThanOrEqual(0);
  });
});

import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { seedDatabase } from "@/prisma/seed";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";

// `npm run db:resync-summaries` for real, as an operator runs it after a release that adds a use or a
// browse column. Its own database: the command rewrites every version's summary, which the other
// test files' assertions on the shared database must not race with.

function resync(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", "db:resync-summaries"], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The whole read model, without the sync times. */
async function readModel(prisma: PrismaClient) {
  const summaries = await prisma.versionSummary.findMany({ orderBy: { versionId: "asc" } });
  const uses = await prisma.versionUseApproval.findMany({ orderBy: [{ approvalId: "asc" }, { use: "asc" }] });
  return { summaries: summaries.map(({ syncedAt: _syncedAt, ...summary }) => summary), uses };
}

let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase("resync");
  await applyMigrations(database.url);
  prisma = createPrismaClient(database.url, { maxConnections: 2 });
  await seedDatabase(prisma);
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe("npm run db:resync-summaries against DATABASE_URL", () => {
  it("rebuilds every version's browse summary and approved uses from the facts, and changes no fact", async () => {
    const expected = await readModel(prisma);
    const versions = await prisma.checkpointVersion.count();
    expect(expected.summaries).toHaveLength(versions);
    expect(expected.uses.length).toBeGreaterThan(0);
    const auditEvents = await prisma.auditEvent.count();

    // A read model gone stale: what a release adding a use or a column leaves behind, and worse.
    const [dropped, ...kept] = expected.summaries;
    await prisma.versionSummary.delete({ where: { versionId: dropped!.versionId } });
    await prisma.versionSummary.updateMany({
      where: { versionId: { in: kept.map((summary) => summary.versionId) } },
      data: { effectiveTerms: [], searchTerms: [], violationCount: 99 },
    });
    await prisma.versionUseApproval.deleteMany({});
    expect(await readModel(prisma)).not.toEqual(expected);

    const result = await resync({ DATABASE_URL: database.url });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Browse read model rebuilt for ${versions} versions.\n`);

    expect(await readModel(prisma)).toEqual(expected);
    expect(await prisma.auditEvent.count()).toBe(auditEvents);
  }, 180_000);
});

import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyStoredAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";
import { createVersion, createWorld, type World } from "./reviews/world";

// A burst of audited writes through two app instances (two processes, each with its own pool of
// connections) on one PostgreSQL: every write queues for a connection and for the audit chain's
// lock, and succeeds. The database is this test's own, so the chain holds exactly these events.

let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let prisma: PrismaClient;
let world: World;

beforeAll(async () => {
  database = await createScratchDatabase("burst");
  await applyMigrations(database.url);
  prisma = createPrismaClient(database.url, { maxConnections: 2 });
  world = await createWorld(prisma);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

interface InstanceResult {
  succeeded: number;
  failures: string[];
}

function runInstance(label: string, versionIds: string[]): Promise<InstanceResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/burst-instance.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        // A small pool, as on a modest app server: the burst has to queue for connections.
        DATABASE_POOL_SIZE: "4",
        BURST: JSON.stringify({ member: world.member, teamId: world.teamId, versionIds }),
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("exit", (code) => {
      const line = stdout.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(line) as InstanceResult);
      } catch {
        reject(new Error(`instance ${label} exited ${code} without a result:\n${stdout}\n${stderr}`));
      }
    });
  });
}

describe("a burst of audited writes on two app instances", () => {
  it("50 concurrent submissions all succeed, the audit chain verifies, and there is one event per action", async () => {
    const versionIds: string[] = [];
    for (let index = 0; index < 50; index += 1) versionIds.push(await createVersion(world, world.licenses.permissive, prisma));
    const [a, b] = await Promise.all([runInstance("a", versionIds.slice(0, 25)), runInstance("b", versionIds.slice(25))]);
    expect([...a.failures, ...b.failures]).toEqual([]);
    expect(a.succeeded + b.succeeded).toBe(50);

    expect(await prisma.reviewRequest.count({ where: { versionId: { in: versionIds }, status: "SUBMITTED" } })).toBe(50);
    expect(await prisma.auditEvent.count({ where: { action: "review.submitted" } })).toBe(50);
    expect(await prisma.auditEvent.count()).toBe(50);
    expect(await verifyStoredAuditChain(prisma)).toMatchObject({ ok: true, checked: 50 });
  }, 180_000);
});

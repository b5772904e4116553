import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { recordAuditEvent, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { verifyStoredAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";

// Each test has a database of its own and writes the chain it needs: tampering must not touch the
// shared test database, and no test may depend on another having run (or run first, or passed).
interface ChainDatabase {
  url: string;
  prisma: PrismaClient;
}
const opened: { prisma: PrismaClient; drop: () => Promise<void> }[] = [];

async function chainDatabase(): Promise<ChainDatabase> {
  const database = await createScratchDatabase("audit_chain");
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url, { maxConnections: 10 });
  opened.push({ prisma, drop: database.drop });
  return { url: database.url, prisma };
}

const event = (index: number) => ({
  actor: SYSTEM_ACTOR,
  action: "audit.exported" as const,
  subjectType: "Test",
  subjectId: String(index),
  after: { index, nested: { b: 2, a: [1, "x", null] }, at: new Date("2026-01-01T00:00:00Z") },
});

/** A database whose chain holds `count` events, written one after the other. */
async function chainOf(count: number): Promise<ChainDatabase> {
  const database = await chainDatabase();
  for (let index = 0; index < count; index += 1) await database.prisma.$transaction((tx) => recordAuditEvent(tx, event(index)));
  return database;
}

afterAll(async () => {
  for (const { prisma, drop } of opened) {
    await prisma.$disconnect();
    await drop();
  }
});

async function asSuperuser(database: ChainDatabase, sql: string, params: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"`);
    await client.query(sql, params);
    await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_or_delete"`);
  } finally {
    await client.end();
  }
}

function runVerifyCommand(database: ChainDatabase): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/audit-verify.ts"], {
      env: { ...process.env, DATABASE_URL: database.url },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe("audit hash chain", () => {
  it("chains a burst of events written concurrently without forking, and verifies them", async () => {
    const { prisma } = await chainDatabase();
    // More transactions than pool connections: they queue for a connection and for the chain's
    // lock; Prisma's default 2 s wait failed this with P2028 on a loaded machine.
    await Promise.all(Array.from({ length: 50 }, (_, index) => prisma.$transaction((tx) => recordAuditEvent(tx, event(index)))));
    const rows = await prisma.auditEvent.findMany({ orderBy: { id: "asc" }, select: { prevHash: true, hash: true } });
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.prevHash)).size).toBe(50);
    rows.slice(1).forEach((row, index) => expect(row.prevHash).toBe(rows[index]!.hash));
    expect(await verifyStoredAuditChain(prisma)).toMatchObject({ ok: true, checked: 50 });
  }, 120_000);

  it("rolls the audit event back with the change it belongs to", async () => {
    const { prisma } = await chainOf(3);
    const before = await prisma.auditEvent.count();
    await expect(
      prisma.$transaction(async (tx) => {
        await recordAuditEvent(tx, { actor: SYSTEM_ACTOR, action: "audit.exported", subjectType: "Test", subjectId: "x" });
        throw new Error("the change failed halfway");
      }),
    ).rejects.toThrow("the change failed halfway");
    expect(await prisma.auditEvent.count()).toBe(before);
    expect(await verifyStoredAuditChain(prisma)).toMatchObject({ ok: true });
  });

  it("npm run audit:verify passes on an intact chain and names the event a superuser tampered with", async () => {
    const database = await chainOf(30);
    const { prisma } = database;
    const intact = await runVerifyCommand(database);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^Audit chain intact: 30 events checked\.$/m);

    const victim = await prisma.auditEvent.findFirstOrThrow({ where: { subjectId: "17" }, select: { id: true } });
    await asSuperuser(database, `UPDATE "AuditEvent" SET after = jsonb_set(after, '{index}', '99') WHERE id = $1`, [victim.id]);

    const verdict = await verifyStoredAuditChain(prisma);
    expect(verdict).toMatchObject({ ok: false, brokenAt: victim.id });
    const broken = await runVerifyCommand(database);
    expect(broken.code).not.toBe(0);
    expect(broken.stderr.trim()).toBe(
      `Audit chain BROKEN at event #${victim.id}: its contents do not match its hash (the row was changed). ${(verdict as { checked: number }).checked} event(s) before it are intact.`,
    );
  }, 120_000);

  it("detects a removed event at the event after the gap", async () => {
    const database = await chainOf(5);
    const { prisma } = database;
    const rows = await prisma.auditEvent.findMany({ orderBy: { id: "asc" }, select: { id: true }, take: 5 });
    await asSuperuser(database, `DELETE FROM "AuditEvent" WHERE id = $1`, [rows[2]!.id]);
    expect(await verifyStoredAuditChain(prisma)).toMatchObject({ ok: false, brokenAt: rows[3]!.id });
  });
});

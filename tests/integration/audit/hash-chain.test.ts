import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { recordAuditEvent, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { verifyStoredAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";

// Tampering needs a database of its own: the shared test database's chain must stay intact.
let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createScratchDatabase("audit_chain");
  await applyMigrations(database.url);
  prisma = createPrismaClient(database.url, { maxConnections: 10 });
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

async function asSuperuser(sql: string, params: unknown[] = []): Promise<void> {
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

function runVerifyCommand(): Promise<{ code: number; stdout: string; stderr: string }> {
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
  it("chains events written concurrently without forking, and verifies them", async () => {
    await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        prisma.$transaction((tx) =>
          recordAuditEvent(tx, {
            actor: SYSTEM_ACTOR,
            action: "audit.exported",
            subjectType: "Test",
            subjectId: String(index),
            after: { index, nested: { b: 2, a: [1, "x", null] }, at: new Date("2026-01-01T00:00:00Z") },
          }),
        ),
      ),
    );
    const rows = await prisma.auditEvent.findMany({ orderBy: { id: "asc" }, select: { prevHash: true, hash: true } });
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((row) => row.prevHash)).size).toBe(30);
    rows.slice(1).forEach((row, index) => expect(row.prevHash).toBe(rows[index]!.hash));
    expect(await verifyStoredAuditChain(prisma)).toMatchObject({ ok: true, checked: 30 });
  });

  it("rolls the audit event back with the change it belongs to", async () => {
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
    const intact = await runVerifyCommand();
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^Audit chain intact: 30 events checked\.$/m);

    const victim = await prisma.auditEvent.findFirstOrThrow({ where: { subjectId: "17" }, select: { id: true } });
    await asSuperuser(`UPDATE "AuditEvent" SET after = jsonb_set(after, '{index}', '99') WHERE id = $1`, [victim.id]);

    const verdict = await verifyStoredAuditChain(prisma);
    expect(verdict).toMatchObject({ ok: false, brokenAt: victim.id });
    const broken = await runVerifyCommand();
    expect(broken.code).not.toBe(0);
    expect(broken.stderr.trim()).toBe(
      `Audit chain BROKEN at event #${victim.id}: its contents do not match its hash (the row was changed). ${(verdict as { checked: number }).checked} event(s) before it are intact.`,
    );
  });

  it("detects a removed event at the event after the gap", async () => {
    const rows = await prisma.auditEvent.findMany({ orderBy: { id: "asc" }, select: { id: true }, take: 5 });
    await asSuperuser(`DELETE FROM "AuditEvent" WHERE id = $1`, [rows[2]!.id]);
    expect(await verifyStoredAuditChain(prisma)).toMatchObject({ ok: false, brokenAt: rows[3]!.id });
  });
});

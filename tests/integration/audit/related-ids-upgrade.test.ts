import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalJson, GENESIS_HASH, type ChainedAuditFields } from "@/lib/audit/hash-chain";
import { recordAuditEvent, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { verifyStoredAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR } from "@/lib/server/db/migrate";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";

// A registry that was running before AuditEvent.relatedIds existed upgrades in place: its chain,
// hashed without the column, must still verify after the migration, next to events that use it.

const RELATED_IDS_MIGRATION = "20261126094412_audit_event_related_ids";

let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let prisma: PrismaClient;
let olderMigrations: string;

beforeAll(async () => {
  database = await createScratchDatabase("audit_upgrade");
  olderMigrations = await mkdtemp(path.join(os.tmpdir(), "cr-migrations-before-related-ids-"));
  for (const name of await readdir(DEFAULT_MIGRATIONS_DIR)) {
    if (/^\d{14}_/.test(name) && name >= RELATED_IDS_MIGRATION) continue;
    await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(olderMigrations, name), { recursive: true });
  }
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database.drop();
  await rm(olderMigrations, { recursive: true, force: true });
});

async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The hash as the registry computed it before the column existed (its canonical fields, frozen here). */
function legacyHash(event: ChainedAuditFields): string {
  const canonical = canonicalJson({
    id: event.id.toString(),
    createdAt: event.createdAt.toISOString(),
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    teamId: event.teamId,
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: event.requestId,
    prevHash: event.prevHash,
  });
  return createHash("sha256").update(canonical).digest("hex");
}

/** Writes events the way the registry did before the column existed: no relatedIds in the row or the hash. */
async function writeLegacyChain(count: number): Promise<void> {
  await withClient(async (client) => {
    let prevHash = GENESIS_HASH;
    for (let index = 1; index <= count; index += 1) {
      const fields: ChainedAuditFields = {
        id: BigInt(index),
        createdAt: new Date(Date.UTC(2026, 10, 20, 12, index)),
        actorId: null,
        actorLabel: "system",
        action: "approval.needs_review",
        subjectType: "Approval",
        subjectId: `legacy-approval-${index}`,
        teamId: null,
        before: { status: "ACTIVE" },
        after: { status: "NEEDS_REVIEW", reason: `legacy ${index}` },
        requestId: null,
        prevHash,
      };
      const hash = legacyHash(fields);
      await client.query(
        `INSERT INTO "AuditEvent" (id, "createdAt", "actorId", "actorLabel", action, "subjectType", "subjectId", "teamId", before, after, "requestId", "prevHash", hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          fields.id.toString(),
          fields.createdAt,
          null,
          fields.actorLabel,
          fields.action,
          fields.subjectType,
          fields.subjectId,
          null,
          fields.before,
          fields.after,
          null,
          prevHash,
          hash,
        ],
      );
      prevHash = hash;
    }
    await client.query(`SELECT setval(pg_get_serial_sequence('"AuditEvent"', 'id'), $1)`, [count]);
  });
}

describe("upgrading to AuditEvent.relatedIds", () => {
  it("keeps a chain written before the column verifiable, and covers the column in events written after it", async () => {
    const before = await applyMigrations(database.url, { migrationsDir: olderMigrations });
    expect(before.applied).not.toContain(RELATED_IDS_MIGRATION);
    await writeLegacyChain(3);

    // The upgrade: the column arrives with its default, without touching (or being refused by the trigger on) old rows.
    const upgrade = await applyMigrations(database.url);
    // Later migrations (added after this one) are applied after it.
    expect(upgrade.applied[0]).toBe(RELATED_IDS_MIGRATION);
    prisma = createPrismaClient(database.url, { maxConnections: 2 });
    expect((await prisma.auditEvent.findMany({ select: { relatedIds: true } })).map((row) => row.relatedIds)).toEqual([[], [], []]);

    const appended = await prisma.$transaction((tx) =>
      recordAuditEvent(tx, {
        actor: SYSTEM_ACTOR,
        action: "license.version_created",
        subjectType: "LicenseVersion",
        subjectId: "new-revision",
        relatedIds: ["legacy-approval-1", "legacy-approval-2"],
      }),
    );
    await expect(verifyStoredAuditChain(prisma)).resolves.toMatchObject({ ok: true, checked: 4 });

    // The related ids are part of what the hash protects.
    await withClient(async (client) => {
      await client.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_no_update_or_delete"`);
      await client.query(`UPDATE "AuditEvent" SET "relatedIds" = ARRAY['legacy-approval-1'] WHERE id = $1`, [appended.id.toString()]);
      await client.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_no_update_or_delete"`);
    });
    await expect(verifyStoredAuditChain(prisma)).resolves.toMatchObject({ ok: false, brokenAt: appended.id, checked: 3 });
  });
});

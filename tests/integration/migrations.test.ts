import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, rm, writeFile, mkdir, readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readMigrations } from "@/lib/server/db/migrate";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function freshDatabase(): Promise<string> {
  const database = await createScratchDatabase("migrations");
  cleanups.push(database.drop);
  return database.url;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function copyMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cr-migrations-"));
  await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe("migration applier", () => {
  it("applies every migration to an empty database and is a no-op the second time", async () => {
    const url = await freshDatabase();
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);

    const first = await applyMigrations(url);
    expect(first.applied).toEqual(migrations.map((migration) => migration.name));

    const second = await applyMigrations(url);
    expect(second).toEqual({ applied: [], alreadyApplied: migrations.length });

    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(migrations.map((migration) => migration.name));
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("records Prisma's checksum: SHA-256 of the file with LF line endings", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const [first] = await readdir(DEFAULT_MIGRATIONS_DIR).then((names) => names.filter((name) => /^\d{14}_/.test(name)).sort());
    const text = (await readFile(path.join(DEFAULT_MIGRATIONS_DIR, first!, "migration.sql"), "utf8")).replace(/\r\n/g, "\n");
    const [row] = await query<{ checksum: string }>(url, `SELECT checksum FROM "_prisma_migrations" WHERE migration_name = $1`, [first]);
    expect(row?.checksum).toBe(createHash("sha256").update(text).digest("hex"));
  });

  it("lets only one of two appliers started at once apply the migrations", async () => {
    const url = await freshDatabase();
    const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);
    const migrationCount = (await readMigrations()).length;
    const appliers = results.filter((result) => result.applied.length > 0);
    expect(appliers).toHaveLength(1);
    expect(appliers[0]!.applied).toHaveLength(migrationCount);
    expect(results.filter((result) => result.applied.length === 0).every((result) => result.alreadyApplied === migrationCount)).toBe(true);
    const [count] = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "_prisma_migrations"`);
    expect(Number(count?.n)).toBe(migrationCount);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const url = await freshDatabase();
    const dir = await copyMigrations();
    await applyMigrations(url, { migrationsDir: dir });
    const [first] = (await readMigrations(dir)).map((migration) => migration.name);
    await writeFile(path.join(dir, first!, "migration.sql"), `${await readFile(path.join(dir, first!, "migration.sql"), "utf8")}\n-- edited\n`);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const url = await freshDatabase();
    const dir = await copyMigrations();
    await applyMigrations(url, { migrationsDir: dir });
    const broken = path.join(dir, "29991231235959_broken");
    await mkdir(broken);
    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "no_such_table";\n`);

    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(/29991231235959_broken failed and was rolled back/);
    const tables = await query(url, `SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    expect(tables).toHaveLength(0);
    const rows = await query(url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29991231235959_broken'`);
    expect(rows).toHaveLength(0);
  });
});

describe("audit table", () => {
  it("refuses UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    await query(
      url,
      `INSERT INTO "AuditEvent" ("actorLabel", action, "subjectType", "subjectId", "prevHash", hash)
       VALUES ('system', 'test.event', 'Test', '1', repeat('0', 64), repeat('a', 64))`,
    );
    await expect(query(url, `UPDATE "AuditEvent" SET action = 'tampered'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(query(url, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only: DELETE/);
    await expect(query(url, `TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only: TRUNCATE/);
    const rows = await query<{ action: string }>(url, `SELECT action FROM "AuditEvent"`);
    expect(rows).toEqual([{ action: "test.event" }]);
  });
});

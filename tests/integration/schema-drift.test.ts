import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations, DEFAULT_MIGRATIONS_DIR, readMigrations } from "@/lib/server/db/migrate";
import { withScratchDatabase } from "@/scripts/lib/scratch-database";
import { compareSchemaToDatabase } from "@/tests/support/schema-drift";

/** Applies a copy of the migrations with one edit to the first one, and returns the drift found. */
async function driftAfterEditing(edit: (sql: string) => string): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "cr-drift-"));
  try {
    await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = await readMigrations(dir);
    const file = path.join(dir, first!.name, "migration.sql");
    const original = await readFile(file, "utf8");
    const edited = edit(original);
    expect(edited).not.toBe(original);
    await writeFile(file, edited);
    return await withScratchDatabase("drift", async (url) => {
      await applyMigrations(url, { migrationsDir: dir });
      return compareSchemaToDatabase(url);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("schema.prisma and the migrated database", () => {
  it("agree on tables, columns, types, nullability, defaults, indexes, foreign keys and enums", async () => {
    expect(await compareSchemaToDatabase(inject("databaseUrl"))).toEqual([]);
  });

  it.each([
    {
      change: "a column dropped from a migration",
      edit: (sql: string) => sql.replace(/^\s*"bestFor" TEXT,\n/m, ""),
      expected: "column CheckpointVersion.bestFor: in the schema, not in the database",
    },
    {
      change: "a column made nullable",
      edit: (sql: string) => sql.replace(`"justification" TEXT NOT NULL`, `"justification" TEXT`),
      expected: "column ReviewRequest.justification: nullable in the database, NOT NULL in the schema",
    },
    {
      change: "a different type",
      edit: (sql: string) => sql.replace(`"nativeResolution" INTEGER`, `"nativeResolution" BIGINT`),
      expected: "column CheckpointVersion.nativeResolution: type int8 in the database, int4 in the schema",
    },
    {
      change: "a default removed",
      edit: (sql: string) => sql.replace(`"round" INTEGER NOT NULL DEFAULT 1`, `"round" INTEGER NOT NULL`),
      expected: "column ReviewRequest.round: default none in the database, 1 in the schema",
    },
    {
      change: "an index left out",
      edit: (sql: string) => sql.replace(/^CREATE INDEX "CheckpointVersion_sha256_idx".*\n/m, ""),
      expected: "index CheckpointVersion_sha256_idx on CheckpointVersion(sha256): in the schema, not in the database",
    },
    {
      change: "an enum value missing",
      edit: (sql: string) => sql.replace(`'NEEDS_REVIEW', `, ""),
      expected: "enum ApprovalStatus: (ACTIVE, REVOKED, EXPIRED) in the database, (ACTIVE, NEEDS_REVIEW, REVOKED, EXPIRED) in the schema",
    },
    {
      change: "an extra column",
      edit: (sql: string) =>
        sql.replace(
          `"slug" TEXT NOT NULL,\n    "name" TEXT NOT NULL,\n    "createdAt"`,
          `"slug" TEXT NOT NULL,\n    "name" TEXT NOT NULL,\n    "legacy" TEXT,\n    "createdAt"`,
        ),
      expected: "column Team.legacy: in the database, not in the schema",
    },
  ])("reports $change", async ({ edit, expected }) => {
    expect(await driftAfterEditing(edit)).toContain(expected);
  });
});

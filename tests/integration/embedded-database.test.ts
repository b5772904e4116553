import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/scripts/lib/database";
import { prepareDatabase } from "@/scripts/lib/prepare-database";

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "cr-embedded-"));
  process.env.CHECKPOINT_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function scalar<T>(url: string, sql: string, params: unknown[] = []): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Object.values((await client.query(sql, params)).rows[0] as Record<string, T>)[0]!;
  } finally {
    await client.end();
  }
}

// PGlite runs PostgreSQL in WebAssembly: starting it, migrating and seeding take seconds on an idle
// machine and well over the default 30 s on a loaded one. These tests wait as long as it takes.
const EMBEDDED_TIMEOUT_MS = 240_000;

describe("embedded PostgreSQL (no DATABASE_URL)", () => {
  it(
    "is migrated and seeded on first open, and keeps changes across restarts without seeding again",
    async () => {
      const first = await openDatabase("test first start", { exclusive: true });
      try {
        expect(first.kind).toBe("embedded");
        const prepared = await prepareDatabase(first.url, { seed: "if-empty" });
        expect(prepared.seeded).toBe(true);
        expect(prepared.appliedMigrations.length).toBeGreaterThan(0);
        await scalar(first.url, `INSERT INTO "Team" (slug, name) VALUES ('kept-team', 'Kept across restarts') RETURNING slug`);
        await scalar(first.url, `UPDATE "CheckpointVersion" SET "bestFor" = 'edited in the first run' WHERE version = '1.5' RETURNING id`);
      } finally {
        await first.close();
      }

      const second = await openDatabase("test second start", { exclusive: true });
      try {
        const prepared = await prepareDatabase(second.url, { seed: "if-empty" });
        expect(prepared).toEqual({ appliedMigrations: [], seeded: false });
        expect(await scalar<string>(second.url, `SELECT name FROM "Team" WHERE slug = 'kept-team'`)).toBe("Kept across restarts");
        expect(await scalar<string>(second.url, `SELECT "bestFor" FROM "CheckpointVersion" WHERE version = '1.5'`)).toBe("edited in the first run");
      } finally {
        await second.close();
      }
    },
    EMBEDDED_TIMEOUT_MS,
  );

  it(
    "lets a command work through the process that already holds the data folder",
    async () => {
      const holder = spawn(process.execPath, ["--import", "tsx", "tests/support/hold-embedded-database.ts", "holder"], {
        env: { ...process.env, CHECKPOINT_DATA_DIR: dataDir },
        stdio: ["pipe", "pipe", "inherit"],
      });
      try {
        const holderUrl = await new Promise<string>((resolve, reject) => {
          let output = "";
          holder.stdout.on("data", (chunk) => {
            output += chunk;
            const match = /URL (\S+)/.exec(output);
            if (match) resolve(match[1]!);
          });
          holder.once("exit", () => reject(new Error(`holder exited early: ${output}`)));
        });

        const command = await openDatabase("test command");
        try {
          expect(command.url).toBe(holderUrl);
          expect(await scalar<string>(command.url, `SELECT name FROM "Team" WHERE slug = 'kept-team'`)).toBe("Kept across restarts");
        } finally {
          await command.close();
        }
        // Still served by the holder after the command let go.
        expect(await scalar<number>(holderUrl, `SELECT 1 AS one`)).toBe(1);
      } finally {
        holder.stdin.end();
        await new Promise((resolve) => holder.once("exit", resolve));
      }
    },
    EMBEDDED_TIMEOUT_MS,
  );
});

import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/server/generated/prisma/client";
import { keepExtendedQueriesTogether } from "@/scripts/lib/pglite-queue-patch";

// The token check and the file lookup run as named (prepared) statements through `pg`. Named
// statements are per session: right on a real server, wrong on the embedded one, whose
// connections all share PGlite's single session.

type HotPath = typeof import("@/lib/server/db/hot-path-sql");
const databaseUrl = process.env.DATABASE_URL;

/** A fresh copy of the module, reading the environment as it is now. */
async function loadHotPath(env: { DATABASE_URL: string; DATABASE_SHARED_SESSION?: string }): Promise<HotPath> {
  vi.stubEnv("DATABASE_URL", env.DATABASE_URL);
  vi.stubEnv("DATABASE_SHARED_SESSION", env.DATABASE_SHARED_SESSION ?? "");
  vi.resetModules();
  return import("@/lib/server/db/hot-path-sql");
}

let loaded: HotPath | null = null;
afterEach(async () => {
  await loaded?.endHotPathPool();
  loaded = null;
  vi.unstubAllEnvs();
});

/** Runs `count` statements at once, so several pool connections take part. */
const concurrently = (hotPath: HotPath, count: number, statement: (index: number) => Prisma.Sql) =>
  Promise.all(Array.from({ length: count }, (_, index) => hotPath.hotPathRows<{ value: number }>(statement(index))));

describe("hot-path statements on PostgreSQL", () => {
  it("are prepared once per connection: the session lists them", async () => {
    loaded = await loadHotPath({ DATABASE_URL: databaseUrl! });
    const [row] = await loaded.hotPathRows<{ prepared: number }>(
      Prisma.sql`SELECT count(*)::int AS prepared FROM pg_prepared_statements WHERE name LIKE 'hot_path_%'`,
    );
    expect(row!.prepared).toBeGreaterThanOrEqual(1);
  });

  it("different statements never run under each other's name, however they interleave", async () => {
    loaded = await loadHotPath({ DATABASE_URL: databaseUrl! });
    const doubled = (index: number) => Prisma.sql`SELECT ${index}::int * 2 AS value`;
    const tripled = (index: number) => Prisma.sql`SELECT ${index}::int * 3 AS value`;
    for (let round = 0; round < 3; round += 1) {
      const [twos, threes] = await Promise.all([concurrently(loaded, 12, doubled), concurrently(loaded, 12, tripled)]);
      expect(twos.map(([row]) => row!.value)).toEqual(Array.from({ length: 12 }, (_, index) => index * 2));
      expect(threes.map(([row]) => row!.value)).toEqual(Array.from({ length: 12 }, (_, index) => index * 3));
    }
  });
  it("keep their names when the module is loaded twice over one pool, as Next's route bundles load it", async () => {
    loaded = await loadHotPath({ DATABASE_URL: databaseUrl! });
    const first = loaded;
    vi.resetModules();
    const second = (await import("@/lib/server/db/hot-path-sql")) as HotPath;
    // One at a time, so the pool hands the same idle connection to both copies.
    for (let round = 0; round < 3; round += 1) {
      const [doubled] = await first.hotPathRows<{ value: number }>(Prisma.sql`SELECT ${round}::int * 2 AS value`);
      const [tripled] = await second.hotPathRows<{ value: number }>(Prisma.sql`SELECT ${round}::int * 3 AS value`);
      expect([doubled!.value, tripled!.value]).toEqual([round * 2, round * 3]);
    }
  });
});

describe("hot-path statements on the embedded database", () => {
  async function withEmbedded(run: (url: string) => Promise<void>) {
    const db = await PGlite.create();
    const server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 16 });
    keepExtendedQueriesTogether(server);
    await server.start();
    try {
      await run(`postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`);
    } finally {
      await loaded?.endHotPathPool();
      loaded = null;
      await server.stop();
      await db.close();
    }
  }
  const same = (index: number) => Prisma.sql`SELECT ${index}::int AS value`;

  it("run unprepared when npm start says the session is shared, from many connections at once", async () => {
    await withEmbedded(async (url) => {
      loaded = await loadHotPath({ DATABASE_URL: url, DATABASE_SHARED_SESSION: "1" });
      const results = await concurrently(loaded, 20, same);
      expect(results.map(([row]) => row!.value)).toEqual(Array.from({ length: 20 }, (_, index) => index));
    });
  }, 120_000); // PGlite (WebAssembly) starts slowly on a loaded machine

  it("prepared, a second connection's statement of the same name clashes (why the setting exists)", async () => {
    await withEmbedded(async (url) => {
      loaded = await loadHotPath({ DATABASE_URL: url });
      await expect(concurrently(loaded, 20, same)).rejects.toThrow(/prepared statement "hot_path_[0-9a-f]+" already exists/);
    });
  }, 120_000);
});

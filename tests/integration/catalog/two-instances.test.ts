import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowseResult, BrowseRow } from "@/lib/server/catalog/browse";
import type { CatalogCacheStats } from "@/lib/server/catalog/catalog-cache";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { applyMigrations } from "@/lib/server/db/migrate";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";
import { createUser, createVersion, createWorld, type TestUser, type World } from "../reviews/world";

// Two app instances (two processes, each with its own in-process catalogue cache) on one
// database: a change made through one shows on the other at its very next read, and an approval
// reads as expired once its review-by date passes although the other instance had cached it.
// The database is this test's own, so no other test's writes move the epoch meanwhile.

const DAY = 24 * 60 * 60 * 1000;

let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let prisma: PrismaClient;
let world: World;
let admin: TestUser;
const instances: ChildProcess[] = [];
let a: Instance;
let b: Instance;

interface Browsed {
  startedAt: string;
  result: BrowseResult;
  cache: CatalogCacheStats;
}

interface Instance {
  browse(search: string): Promise<Browsed>;
  post<T>(path: string, body: unknown): Promise<T>;
}

async function startInstance(): Promise<Instance> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/catalog-instance.ts"], {
    env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: "4" },
  });
  instances.push(child);
  let stderr = "";
  child.stderr?.on("data", (chunk) => (stderr += chunk));
  let stdout = "";
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
      const line = stdout.split("\n").find((each) => each.startsWith("{"));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`instance exited ${code}:\n${stdout}\n${stderr}`)));
  });
  const call = async <T>(path: string, init?: RequestInit): Promise<T> => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, init);
    const payload = (await response.json()) as T & { error?: string };
    if (!response.ok) throw new Error(payload.error ?? `HTTP ${response.status}`);
    return payload;
  };
  return {
    browse: (search) => call<Browsed>(`/browse?${search}`),
    post: (path, body) => call(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  };
}

beforeAll(async () => {
  database = await createScratchDatabase("two_instances");
  await applyMigrations(database.url);
  prisma = createPrismaClient(database.url, { maxConnections: 2 });
  world = await createWorld(prisma);
  admin = await createUser(prisma, world.tag, "admin", ["ADMIN"], []);
  [a, b] = await Promise.all([startInstance(), startInstance()]);
}, 120_000);

afterAll(async () => {
  for (const child of instances) {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }
  await prisma?.$disconnect();
  await database?.drop();
});

async function newSubject(): Promise<{ id: string; search: string }> {
  const id = await createVersion(world, world.licenses.permissive, prisma);
  await prisma.$transaction((tx) => syncVersionSummaries(tx, [id]));
  const { checkpoint } = await prisma.checkpointVersion.findUniqueOrThrow({ where: { id }, select: { checkpoint: { select: { name: true } } } });
  return { id, search: new URLSearchParams({ q: checkpoint.name }).toString() };
}

function rowOf(browsed: Browsed, id: string): BrowseRow {
  const row = browsed.result.rows.find((each) => each.id === id);
  if (!row) throw new Error(`version ${id} is not on the page`);
  return row;
}

describe("the catalogue cache on two instances", () => {
  it("shows a revocation and a grant made on A at B's next read, B having cached the page before", async () => {
    const subject = await newSubject();
    const { approvalId } = await a.post<{ approvalId: string }>("/grant", {
      versionId: subject.id,
      uses: ["INTERNAL_EXPLORATION"],
      reviewBy: new Date(Date.now() + 90 * DAY).toISOString(),
    });

    const first = await b.browse(subject.search);
    expect(rowOf(first, subject.id)).toMatchObject({ status: "APPROVED", uses: { INTERNAL_EXPLORATION: "APPROVED" } });
    const second = await b.browse(subject.search);
    // Nothing changed: B answered from its cache.
    expect(second.cache.hits).toBeGreaterThan(first.cache.hits);
    expect(rowOf(second, subject.id).status).toBe("APPROVED");

    await a.post("/revoke", { actor: admin.actor, approvalId, reason: "The licence was withdrawn by its author." });
    const afterRevoke = await b.browse(subject.search);
    expect(rowOf(afterRevoke, subject.id)).toMatchObject({ status: "REVOKED", uses: {} });
    expect((await b.browse(`${subject.search}&approved=INTERNAL_EXPLORATION`)).result.rows).toEqual([]);

    await a.post("/grant", { versionId: subject.id, uses: ["RESEARCH"], reviewBy: new Date(Date.now() + 90 * DAY).toISOString() });
    const afterGrant = await b.browse(subject.search);
    expect(rowOf(afterGrant, subject.id)).toMatchObject({ status: "APPROVED", uses: { RESEARCH: "APPROVED" } });
    expect((await b.browse(`${subject.search}&approved=RESEARCH`)).result.rows.map((row) => row.id)).toEqual([subject.id]);
  }, 120_000);

  it("reads an approval as expired once its review-by date passes, although B had cached it as approved", async () => {
    // A few seconds ahead, so that B reads (and caches) it while it holds; on a machine too busy for
    // that, again with a longer lead. Then it lapses with no write at all.
    for (const lead of [4_000, 15_000, 60_000]) {
      const subject = await newSubject();
      const reviewBy = new Date(Date.now() + lead);
      await a.post("/grant", { versionId: subject.id, uses: ["INTERNAL_EXPLORATION"], reviewBy: reviewBy.toISOString() });
      const filtered = `${subject.search}&approved=INTERNAL_EXPLORATION`;

      const seen: { startedAt: Date; status: string; use: string | undefined; listed: boolean; hits: number }[] = [];
      const observe = async () => {
        const page = await b.browse(subject.search);
        const approved = await b.browse(filtered);
        const row = rowOf(page, subject.id);
        seen.push({
          startedAt: new Date(page.startedAt),
          status: row.status,
          use: row.uses.INTERNAL_EXPLORATION,
          listed: approved.result.rows.length > 0,
          hits: approved.cache.hits,
        });
        return seen.at(-1)!;
      };
      let latest = await observe();
      if (latest.status !== "APPROVED") continue;
      // Wait on the condition (the lapse), never on a timer's length.
      while (latest.status !== "EXPIRED") {
        await new Promise((resolve) => setTimeout(resolve, 250));
        latest = await observe();
      }

      expect(latest).toMatchObject({ status: "EXPIRED", use: "EXPIRED", listed: false });
      // Every read that began at or after the instant saw it expired: none was served from before.
      for (const read of seen.filter((each) => each.startedAt >= reviewBy)) expect(read).toMatchObject({ status: "EXPIRED", use: "EXPIRED", listed: false });
      const held = seen.filter((each) => each.status === "APPROVED");
      for (const read of held) expect(read).toMatchObject({ use: "APPROVED", listed: true });
      // While it held, B answered from its cache.
      expect(held.length >= 2 ? held.at(-1)!.hits > held[0]!.hits : true).toBe(true);
      return;
    }
    throw new Error("B never read the approval before its review-by date, even with a minute's lead.");
  }, 240_000);
});

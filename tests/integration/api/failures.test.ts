import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { createPrismaClient } from "@/lib/server/db/client";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { createPerson } from "../auth/support/people";

// /api/v1 answers its documented JSON whatever goes wrong underneath: the database refusing
// connections (503 UNAVAILABLE + Retry-After), connections the server kills between requests
// (logged and replaced, never an uncaught exception), and anything unexpected (500 INTERNAL).

const databaseUrl = process.env.DATABASE_URL!;
// Port 1 on the loopback: nothing listens there, so every connection is refused at once.
const unreachableUrl = "postgresql://postgres@127.0.0.1:1/nothing";

type Routes = {
  checkpoints: typeof import("@/app/api/v1/checkpoints/route");
  lookup: typeof import("@/app/api/v1/lookup/route");
  version: typeof import("@/app/api/v1/versions/[id]/route");
  hotPath: typeof import("@/lib/server/db/hot-path-sql");
};

const globals = globalThis as { checkpointRegistryPrisma?: unknown; checkpointRegistryHotPathPool?: unknown };

/** The route modules as a fresh server process would load them, on `url`. */
async function loadRoutes(url: string): Promise<Routes> {
  vi.stubEnv("DATABASE_URL", url);
  vi.resetModules();
  globals.checkpointRegistryPrisma = undefined;
  globals.checkpointRegistryHotPathPool = undefined;
  return {
    checkpoints: await import("@/app/api/v1/checkpoints/route"),
    lookup: await import("@/app/api/v1/lookup/route"),
    version: await import("@/app/api/v1/versions/[id]/route"),
    hotPath: await import("@/lib/server/db/hot-path-sql"),
  };
}

let loaded: Routes | null = null;
afterEach(async () => {
  await loaded?.hotPath.endHotPathPool();
  const client = globals.checkpointRegistryPrisma as { $disconnect?: () => Promise<void> } | undefined;
  await client?.$disconnect?.();
  globals.checkpointRegistryPrisma = undefined;
  loaded = null;
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function newToken(): Promise<string> {
  const db = createPrismaClient(databaseUrl);
  try {
    const member = await createPerson(db);
    return (await issueApiToken(db, { userId: member.user.id, name: "failures", expiresInDays: 1 }, SYSTEM_ACTOR)).token;
  } finally {
    await db.$disconnect();
  }
}

const request = (path: string, token = "cpr_whatever") => new Request(`http://localhost${path}`, { headers: { Authorization: `Bearer ${token}` } });
const versionId = "00000000-0000-4000-8000-000000000000";
const applicationName = `failures-test-${process.pid}`;

describe("/api/v1 when the database is unreachable", () => {
  it("every route answers 503 UNAVAILABLE with Retry-After and the documented JSON body", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    loaded = await loadRoutes(unreachableUrl);
    const responses = [
      await loaded.checkpoints.GET(request("/api/v1/checkpoints")),
      await loaded.lookup.GET(request(`/api/v1/lookup?sha256=${"a".repeat(64)}`)),
      await loaded.version.GET(request(`/api/v1/versions/${versionId}`), { params: Promise.resolve({ id: versionId }) }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({
        error: { code: "UNAVAILABLE", message: "The registry's database is unavailable right now. Try again shortly." },
      });
    }
  });
});

describe("/api/v1 when the server kills idle connections", () => {
  it("logs the lost connections, raises no uncaught exception, and the next request succeeds", async () => {
    const token = await newToken();
    // A name of its own, so the test terminates only this process's connections and can wait
    // until every one of them has been noticed (on a busy machine a backend takes a while to exit).
    const url = new URL(databaseUrl);
    url.searchParams.set("application_name", applicationName);
    loaded = await loadRoutes(url.toString());
    // A few requests at once, so the hot-path pool holds several idle connections afterwards.
    const first = await Promise.all(Array.from({ length: 4 }, () => loaded!.checkpoints.GET(request("/api/v1/checkpoints?q=nothing-matches", token))));
    expect(first.map((response) => response.status)).toEqual([200, 200, 200, 200]);

    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const uncaught = vi.fn();
    process.on("uncaughtException", uncaught);
    try {
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      let terminated = 0;
      try {
        const { rows } = await admin.query<{ pid: number }>(
          `SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND state = 'idle'`,
          [applicationName],
        );
        terminated = rows.length;
        expect(terminated).toBeGreaterThan(0);
        const pids = rows.map((row) => row.pid);
        await vi.waitFor(async () => expect((await admin.query(`SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1)`, [pids])).rowCount).toBe(0), {
          timeout: 30_000,
          interval: 100,
        });
      } finally {
        await admin.end();
      }
      const lostLines = () => logged.mock.calls.filter(([line]) => /idle connection lost/.test(String(line))).length;
      await vi.waitFor(() => expect(lostLines()).toBe(terminated), { timeout: 30_000 });

      const after = await loaded.checkpoints.GET(request("/api/v1/checkpoints?q=nothing-matches", token));
      expect(after.status).toBe(200);
      expect(uncaught).not.toHaveBeenCalled();
    } finally {
      process.off("uncaughtException", uncaught);
    }
  }, 120_000);
});

describe("/api/v1 on an unexpected error", () => {
  it("answers 500 INTERNAL with a logged reference, never the error's own message", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { apiRoute } = await import("@/lib/server/api/api-route");
    const route = apiRoute("GET /api/v1/test", async () => {
      throw new Error("secret internal detail");
    });
    const response = await route();
    expect(response.status).toBe(500);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("INTERNAL");
    expect(body.error.message).not.toContain("secret");
    const reference = /reference ([0-9a-f]{8})/.exec(body.error.message)?.[1];
    expect(reference).toBeDefined();
    expect(logged.mock.calls.some(([line]) => String(line).includes(reference!))).toBe(true);
  });
});

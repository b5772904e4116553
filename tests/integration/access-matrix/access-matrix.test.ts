import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { withOwnDatabase } from "../auth/support/own-database";
import { discoverEndpoints, type Endpoint } from "./support/discover";
import {
  CALLER_DESCRIPTIONS,
  CALLERS,
  rowKey,
  rowTitle,
  type ActionRow,
  type CallContext,
  type Caller,
  type MatrixRow,
  type RouteRow,
  type World,
} from "./support/matrix";
import { changedTables, tableState } from "./support/table-state";
import { buildWorld, unique } from "./support/world";

// Read support/matrix.ts for what a row is and how to add one. Only two boundaries are replaced:
// next-auth's getServerSession (the session cookie: it names the caller's user id, which the app
// then re-reads from the database like on every request) and next/cache (no Next.js cache here).
// Everything else — the policy, Prisma, PostgreSQL, the audit trail — runs for real.

const session = vi.hoisted(() => {
  // As next.config.ts's experimental.authInterrupts does in the app: forbidden() may be called.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { userId: null as string | null };
});

vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null),
}));

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
}));

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const HERE = path.dirname(fileURLToPath(import.meta.url));

const rows: MatrixRow[] = [];
for (const file of readdirSync(HERE)
  .filter((name) => name.endsWith(".rows.ts"))
  .sort()) {
  const loaded = (await import(/* @vite-ignore */ path.join(HERE, file))) as { rows?: MatrixRow[] };
  if (!Array.isArray(loaded.rows)) throw new Error(`${file} must export \`rows: MatrixRow[]\``);
  rows.push(...loaded.rows);
}

withOwnDatabase("access_matrix");

let world: World;
let endpoints: Map<string, Endpoint>;
beforeAll(async () => {
  world = await buildWorld(prisma);
  endpoints = new Map((await discoverEndpoints(ROOT)).map((endpoint) => [endpoint.key, endpoint]));
}, 120_000);

type Outcome = { result: "allowed" } | { result: "refused"; code: "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" } | { result: "failed"; detail: string };

const REFUSAL_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);
const STATUS_CODES: Record<number, "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND"> = { 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND" };

/** What next/navigation's control-flow errors mean: redirect(), forbidden(), notFound(), unauthorized(). */
function interruptOutcome(error: unknown): Outcome | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return null;
  const redirect = /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(digest);
  if (redirect) return redirect[1]!.startsWith("/sign-in") ? { result: "refused", code: "UNAUTHENTICATED" } : { result: "allowed" };
  const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)/.exec(digest);
  const code = fallback ? STATUS_CODES[Number(fallback[1])] : undefined;
  return code ? { result: "refused", code } : null;
}

async function callAction(endpoint: Endpoint, args: unknown[]): Promise<Outcome> {
  try {
    const result = (await endpoint.handler(...args)) as { ok?: boolean; code?: string; message?: string } | undefined;
    if (result?.ok === true) return { result: "allowed" };
    if (result?.ok === false && result.code && REFUSAL_CODES.has(result.code)) return { result: "refused", code: result.code as "FORBIDDEN" };
    return { result: "failed", detail: `returned ${JSON.stringify(result)}` };
  } catch (error) {
    return interruptOutcome(error) ?? { result: "failed", detail: `threw ${(error as Error).stack ?? String(error)}` };
  }
}

async function callRoute(endpoint: Endpoint, call: Awaited<ReturnType<RouteRow["request"]>>): Promise<Outcome> {
  let response: Response;
  try {
    response = (await endpoint.handler(call.request, { params: Promise.resolve(call.params ?? {}) })) as Response;
  } catch (error) {
    return interruptOutcome(error) ?? { result: "failed", detail: `threw ${(error as Error).stack ?? String(error)}` };
  }
  if (response.status >= 200 && response.status < 400) return { result: "allowed" };
  const code = STATUS_CODES[response.status];
  if (code) return { result: "refused", code };
  return { result: "failed", detail: `answered ${response.status} ${await response.text()}` };
}

function contextFor(caller: Caller): CallContext {
  const me = caller === "anonymous" ? null : world.users[caller];
  return {
    caller,
    me,
    world,
    db: prisma,
    unique,
    form(fields) {
      const data = new FormData();
      for (const [name, value] of Object.entries(fields)) {
        if (value === null || value === undefined) continue;
        for (const item of Array.isArray(value) ? value : [value]) data.append(name, String(item));
      }
      return data;
    },
    bearer: (): Record<string, string> => (caller === "anonymous" ? {} : { Authorization: `Bearer ${world.tokens[caller]}` }),
  };
}

const lastAuditId = async () => (await prisma.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;

describe("access matrix: completeness", () => {
  it("has exactly one row for every exported server action and mutating route handler", () => {
    const titles = rows.map(rowTitle);
    const duplicates = titles.filter((title, index) => titles.indexOf(title) !== index);
    expect(duplicates, "rows listed twice (give rows of one export different scenarios)").toEqual([]);
    const keys = rows.map(rowKey);
    const missing = [...endpoints.keys()].filter((key) => !keys.includes(key));
    expect(missing, "exported actions/routes without a row: add one to tests/integration/access-matrix/<area>.rows.ts").toEqual([]);
    const stale = keys.filter((key) => !endpoints.has(key));
    expect(stale, "rows for actions/routes that no longer exist").toEqual([]);
  });

  it("exempts only what is not ours to authorize, with a reason", () => {
    for (const row of rows.filter((candidate) => candidate.kind === "exempt")) {
      expect(row.file, "only next-auth's own handler may be exempt").toBe("app/api/auth/[...nextauth]/route.ts");
      expect(row.reason.length).toBeGreaterThan(40);
    }
  });
});

const callable = rows.filter((row): row is ActionRow | RouteRow => row.kind !== "exempt");

describe.each(callable.map((row) => [rowTitle(row), row] as const))("%s", (_title, row) => {
  it.each(CALLERS.map((caller) => [caller, row.allowed.includes(caller) ? "allowed" : "refused"] as const))("%s is %s", async (caller, expected) => {
    const endpoint = endpoints.get(rowKey(row));
    expect(endpoint, `${rowKey(row)} is not exported (any more)`).toBeDefined();
    session.userId = caller === "anonymous" ? null : world.users[caller].id;
    const context = contextFor(caller);

    const prepared = row.kind === "action" ? await row.args(context) : await row.request(context);
    const before = await tableState(prisma);
    const auditBefore = await lastAuditId();
    const outcome =
      row.kind === "action"
        ? await callAction(endpoint!, prepared as unknown[])
        : await callRoute(endpoint!, prepared as Awaited<ReturnType<RouteRow["request"]>>);
    const after = await tableState(prisma);

    const who = `${caller} (${CALLER_DESCRIPTIONS[caller]})`;
    expect(outcome.result === "failed" ? outcome.detail : outcome.result, `${rowKey(row)} for ${who}`).toBe(expected);
    if (outcome.result === "refused") {
      if (caller === "anonymous" || caller === "deactivated") expect(outcome.code, `${who} must be asked to sign in`).toBe("UNAUTHENTICATED");
      else expect(outcome.code, `${who} is signed in: refuse as FORBIDDEN or NOT_FOUND`).not.toBe("UNAUTHENTICATED");
      expect(changedTables(before, after), `a refused call wrote to these tables`).toEqual([]);
      return;
    }
    const appended = await prisma.auditEvent.findMany({ where: { id: { gt: auditBefore } }, select: { action: true, actorId: true } });
    if (row.audit === "read-only") {
      expect(changedTables(before, after), `an allowed read-only call wrote to these tables`).toEqual([]);
    } else {
      expect(
        appended.map((event) => event.action),
        "the audit events the call appended",
      ).toEqual([row.audit]);
      expect(appended.find((event) => event.action === row.audit)?.actorId, "the audit event names the caller").toBe(
        world.users[caller as Exclude<Caller, "anonymous">].id,
      );
    }
  });
});

import type { AuditAction } from "@/lib/audit/actions";
import type { PrismaClient } from "@/lib/server/db/client";

/**
 * The access matrix: every exported server action (`app/**\/actions.ts`) and every mutating route
 * handler (POST, PUT, PATCH, DELETE in `app/**\/route.ts`), called for real against PostgreSQL by
 * each kind of caller, must be allowed or refused exactly as its row says — and a refused call must
 * leave every table exactly as it was.
 *
 * HOW TO ADD ROWS. Each area keeps its rows in `tests/integration/access-matrix/<area>.rows.ts`,
 * exporting `rows: MatrixRow[]` (access-matrix.test.ts picks up every `*.rows.ts` file). A row is:
 *
 *   { kind: "action", file: "app/(registry)/admin/users/actions.ts", name: "grantRoleAction",
 *     allowed: only("admin"),              // every caller not listed must be refused
 *     audit: "user.role_granted",          // what an allowed call appends (see `audit` below)
 *     args: async ({ db, form, unique }) => {
 *       const target = await db.user.create({ data: { email: `${unique("target")}@matrix.test` } });
 *       return [null, form({ userId: target.id, role: "LEGAL_REVIEWER" })];
 *     } }
 *
 *   { kind: "route", file: "app/(registry)/submit/check/route.ts", method: "POST",
 *     allowed: only("member"), audit: "read-only",
 *     request: async ({ form, bearer }) => ({ request: new Request(URL, { method: "POST", body: form({...}), headers: bearer() }) }) }
 *
 *   { kind: "exempt", file, name, reason }  // only for handlers that are not ours to authorize (next-auth's)
 *
 * An export may have several rows with different `scenario`s (e.g. signing off as legal and as
 * technical reviewer); it must have at least one.
 *
 * `args` / `request` run once per caller, before the "nothing written" snapshot: create there
 * whatever one call needs (a fresh target user, a token to revoke, a request to withdraw), so every
 * caller gets its own fixture and an allowed call cannot spoil the next caller's. Build inputs that
 * are valid for an allowed caller: a refusal must come from authorization, not from bad input (a
 * VALIDATION or CONFLICT result fails the test).
 *
 * OUTCOMES. An action is "allowed" when it returns `{ ok: true }` or redirects anywhere but the
 * sign-in page; "refused" when it returns (or throws) UNAUTHENTICATED, FORBIDDEN or NOT_FOUND, or
 * calls forbidden()/notFound()/unauthorized(). A route is allowed on 2xx/3xx, refused on 401/403/404.
 * Anonymous and deactivated callers must be refused as UNAUTHENTICATED (401).
 */

export const CALLERS = ["anonymous", "otherTeamMember", "member", "legalReviewer", "techReviewer", "auditor", "admin", "deactivated"] as const;
export type Caller = (typeof CALLERS)[number];
export type SignedInCaller = Exclude<Caller, "anonymous">;

/** Who the callers are (see support/world.ts): */
export const CALLER_DESCRIPTIONS: Record<Caller, string> = {
  anonymous: "no session, no token",
  otherTeamMember: "member of team B, no org role",
  member: "member of team A, no org role",
  legalReviewer: "LEGAL_REVIEWER, no team",
  techReviewer: "TECH_REVIEWER, no team",
  auditor: "AUDITOR, no team",
  admin: "ADMIN, no team",
  deactivated: "every org role and member of team A, but deactivated",
};

/** Every signed-in, active caller. */
export const SIGNED_IN: readonly Caller[] = CALLERS.filter((caller) => caller !== "anonymous" && caller !== "deactivated");

/** The callers that are allowed; every other caller must be refused. */
export function only(...callers: Caller[]): readonly Caller[] {
  return callers;
}

export interface WorldUser {
  id: string;
  email: string;
}

export interface World {
  teamA: { id: string; slug: string; name: string };
  teamB: { id: string; slug: string; name: string };
  users: Record<SignedInCaller, WorldUser>;
  /** A live API token of each caller (the deactivated caller's is live, but its owner is not). */
  tokens: Record<SignedInCaller, string>;
}

export interface CallContext {
  caller: Caller;
  /** The caller's user row; null for the anonymous caller. */
  me: WorldUser | null;
  world: World;
  /** The app's Prisma client, on the matrix's own database (seeded with the demo catalog). */
  db: PrismaClient;
  /** A name nobody else uses: `${label}-<random>`. */
  unique(label: string): string;
  /** A FormData as the browser would send it; arrays become repeated fields; null/undefined are left out. */
  form(fields: Record<string, string | number | readonly string[] | null | undefined>): FormData;
  /** `Authorization: Bearer <the caller's token>`, or nothing for the anonymous caller. */
  bearer(): Record<string, string>;
}

interface RowBase {
  /** The module, relative to the repository root. */
  file: string;
  /** Tells rows of the same export apart, e.g. "as the legal reviewer". */
  scenario?: string;
  /** Callers that must be allowed; all others must be refused. */
  allowed: readonly Caller[];
  /**
   * What an allowed call leaves behind: the audit action it must append (by the caller, e.g.
   * "user.created") — every change writes one, no exceptions — or "read-only" when it must write
   * nothing at all (a verify, a preview, a check).
   */
  audit: AuditAction | "read-only";
}

export interface ActionRow extends RowBase {
  kind: "action";
  /** The exported function's name. */
  name: string;
  args(context: CallContext): Promise<unknown[]> | unknown[];
}

export interface RouteRow extends RowBase {
  kind: "route";
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  request(context: CallContext): Promise<RouteCall> | RouteCall;
}

export interface RouteCall {
  request: Request;
  /** The dynamic segments, for routes like app/api/v1/versions/[id]/route.ts. */
  params?: Record<string, string | string[]>;
}

export interface ExemptRow {
  kind: "exempt";
  file: string;
  name: string;
  reason: string;
}

export type MatrixRow = ActionRow | RouteRow | ExemptRow;

/** The export a row is about: `<file>#<export name>`. */
export const rowKey = (row: MatrixRow) => `${row.file}#${row.kind === "route" ? row.method : row.name}`;

/** A row's title: its export and scenario. */
export const rowTitle = (row: MatrixRow) => (row.kind !== "exempt" && row.scenario ? `${rowKey(row)} (${row.scenario})` : rowKey(row));

/**
 * The catalog's performance targets (issue 4), measured on a benchmark database of 100,000
 * checkpoint versions, 200 licenses and 20,000 approvals, against the production build:
 *   - browse with a filter (page 10, signed in), and with the acceptance filter "approved now for
 *     commercial outputs", ≥ 50% of an empty dynamic page's throughput, every
 *     query on an index, and the page's raw SQL ≥ 10× the page's throughput;
 *   - GET /api/v1/lookup?sha256= ≥ 50% of an empty route handler's throughput;
 *   - effective terms of a version with 50 ancestors and merges < 5 ms;
 *   - the browse page's first-load JavaScript ≤ 250 KB gzipped.
 * HTTP load: autocannon, 20 connections, 10 s after a 3 s warm-up; each target alternates with its floor
 * for three rounds and the median round counts. Raw SQL: `pg`, 20 clients, 10 s.
 */
import { randomBytes } from "node:crypto";
import { parseBrowseQuery } from "@/lib/catalog/browse-query";
import { lookupQuerySchema } from "@/lib/catalog/lookup-query";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { browseStatements } from "@/lib/server/catalog/browse";
import { lookupStatement } from "@/lib/server/catalog/lookup";
import { createPrismaClient } from "@/lib/server/db/client";
import { apiTokenQuery } from "@/lib/server/api/authenticate";
import { hashApiToken } from "@/lib/server/tokens/token-secret";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import type { BenchReport } from "@/scripts/bench/run";
import { benchSha256 } from "@/scripts/bench/lib/bench-data";
import { ensureBenchDatabase } from "@/scripts/bench/lib/bench-database";
import { ensureProductionBuild } from "@/scripts/bench/lib/build";
import { measureEffectiveTerms } from "@/scripts/bench/lib/effective-terms-micro";
import { measureFirstLoadJs } from "@/scripts/bench/lib/first-load-js";
import { measureHttp, measurePair, type LoadResult } from "@/scripts/bench/lib/http-load";
import { sessionCookie } from "@/scripts/bench/lib/session";
import { checkPlans, measureSql, type Statement } from "@/scripts/bench/lib/sql-load";
import { startServer } from "@/scripts/lib/app-server";

/** The browse page the targets are checked on: one architecture's versions, page 10. */
export const BROWSE_PATH = "/?arch=SDXL&page=10";
/** The acceptance filter, "approved now for commercial outputs", page 10: the same target. */
export const APPROVED_PATH = "/?approved=COMMERCIAL_OUTPUTS&page=10";
const PORT = Number(process.env.BENCH_PORT ?? 3300);

const log = (line: string) => console.log(line);
const statement = (sql: { text: string; values: unknown[] }): Statement => ({ text: sql.text, values: sql.values });

export default async function run(): Promise<BenchReport> {
  const database = await ensureBenchDatabase(log);
  log(database.rebuilt ? `Benchmark database built in ${database.buildSeconds} s.` : "Benchmark database is current.");
  await ensureProductionBuild(log);

  const prisma = createPrismaClient(database.url, { maxConnections: 2 });
  const secret = randomBytes(32).toString("base64url");
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" }, select: { id: true, email: true, name: true } });
  const issued = await issueApiToken(prisma, { userId: admin.id, name: `bench ${new Date().toISOString()}`, expiresInDays: 1 }, SYSTEM_ACTOR);
  // A file approved for commercial outputs right now, as a render farm would look it up.
  const lookupSha = await pickApprovedSha(prisma);
  await prisma.$disconnect();

  const cookie = await sessionCookie(admin, secret);
  const server = await startServer({ port: PORT, databaseUrl: database.url, secret });
  try {
    const url = (path: string) => `${server.baseUrl}${path}`;
    for (const path of [BROWSE_PATH, APPROVED_PATH]) {
      const probe = await fetch(url(path), { headers: { cookie } });
      if (!probe.ok || !(await probe.text()).includes("Checkpoint versions"))
        throw new Error(`${path} did not render a page of results for the benchmark (${probe.status}).`);
    }

    log("Measuring (each: 3 s warm-up, 10 s at 20 connections)...");
    // The two targets are measured next to their floors, three rounds each (the median round counts).
    const browsePair = await measurePair({ url: url("/bench/empty-page") }, { url: url(BROWSE_PATH), headers: { cookie } });
    const { floor: floorPage, target: browse } = browsePair;
    const signedIn = await measureHttp(url("/bench/signed-in"), { cookie });
    // One connection: the latency a person waits for, with nothing queued ahead of the request.
    const signedInAlone = await measureHttp(url("/bench/signed-in"), { cookie }, 1);
    const browseAlone = await measureHttp(url(BROWSE_PATH), { cookie }, 1);
    const approvedPair = await measurePair({ url: url("/bench/empty-page") }, { url: url(APPROVED_PATH), headers: { cookie } });
    const { floor: floorApproved, target: approvedBrowse } = approvedPair;
    const lookupPath = `/api/v1/lookup?sha256=${lookupSha}&use=COMMERCIAL_OUTPUTS`;
    const lookupPair = await measurePair({ url: url("/bench/empty-route") }, { url: url(lookupPath), headers: { authorization: `Bearer ${issued.token}` } });
    const { floor: floorRoute, target: lookup } = lookupPair;

    const query = parseBrowseQuery(new URL(url(BROWSE_PATH)).searchParams).query;
    const browseSql = browseStatements(query);
    // What the page sends: the signed-in user (its layout), and one statement for count, rows and filter options.
    const browseStatementsList = [
      { name: "browse: signed-in user", statement: currentUserStatement(admin.id) },
      { name: "browse: count + rows + options", statement: statement(browseSql.page) },
    ];
    // Prepared, as the app's hot path sends them on a PostgreSQL server.
    const lookupStatements = [
      { name: "lookup: API token", statement: { ...statement(apiTokenQuery(hashApiToken(issued.token))), name: "bench_token" } },
      {
        name: "lookup: versions and approvals",
        statement: { ...statement(lookupStatement(lookupQuerySchema.parse({ sha256: lookupSha, use: "COMMERCIAL_OUTPUTS" }))), name: "bench_lookup" },
      },
    ];
    const approvedSql = browseStatements(parseBrowseQuery(new URL(url(APPROVED_PATH)).searchParams).query);
    const approvedStatementsList = [
      { name: "approved: signed-in user", statement: currentUserStatement(admin.id) },
      { name: "approved: count + rows + options", statement: statement(approvedSql.page) },
    ];
    const browseRaw = await measureSql(
      database.url,
      browseStatementsList.map((entry) => entry.statement),
    );
    const approvedRaw = await measureSql(
      database.url,
      approvedStatementsList.map((entry) => entry.statement),
    );
    const lookupRaw = await measureSql(
      database.url,
      lookupStatements.map((entry) => entry.statement),
    );
    const plans = await checkPlans(database.url, [...browseStatementsList, ...lookupStatements]);
    // AutoV2 (a SHA-256 prefix) in the browse search and the lookup: ranges on the sha256 index.
    const lookupAutoV2 = lookupSha.slice(0, 10);
    const approvedPlans = await checkPlans(database.url, [
      ...approvedStatementsList.slice(1),
      { name: "browse by AutoV2: count + rows + options", statement: statement(browseStatements(parseBrowseQuery({ q: lookupAutoV2 }).query).page) },
      { name: "lookup by AutoV2", statement: statement(lookupStatement(lookupQuerySchema.parse({ autov2: lookupAutoV2, use: "COMMERCIAL_OUTPUTS" }))) },
    ]);
    const partPlans = await checkPlans(database.url, [
      { name: "browse: count", statement: statement(browseSql.count) },
      { name: "browse: rows", statement: statement(browseSql.rows) },
      { name: "approved: count", statement: statement(approvedSql.count) },
      { name: "approved: rows", statement: statement(approvedSql.rows) },
    ]);
    const firstLoad = await measureFirstLoadJs(server.baseUrl, BROWSE_PATH, { cookie });
    const micro = measureEffectiveTerms();

    const ratio = (a: LoadResult, b: LoadResult) => Math.round((a.requestsPerSecond / b.requestsPerSecond) * 100) / 100;
    const rows: [string, LoadResult][] = [
      ["empty dynamic page (floor)", floorPage],
      ["empty signed-in page: session + header (reference)", signedIn],
      [`browse ${BROWSE_PATH}`, browse],
      ["empty signed-in page, 1 connection", signedInAlone],
      [`browse ${BROWSE_PATH}, 1 connection`, browseAlone],
      ["browse raw SQL (2 statements)", browseRaw],
      ["empty dynamic page (its round)", floorApproved],
      [`browse ${APPROVED_PATH}`, approvedBrowse],
      ["  its raw SQL (2 statements)", approvedRaw],
      ["empty route handler (floor)", floorRoute],
      ["GET /api/v1/lookup?sha256=…&use=COMMERCIAL_OUTPUTS", lookup],
      ["lookup raw SQL (2 prepared statements)", lookupRaw],
    ];
    const summary = [
      `${"".padEnd(56)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"non-2xx".padStart(8)}`,
      ...rows.map(
        ([name, result]) =>
          `${name.padEnd(56)} ${String(result.requestsPerSecond).padStart(8)} ${String(result.p50).padStart(8)} ${String(result.p99).padStart(8)} ${String(result.non2xx + result.errors).padStart(8)}`,
      ),
      `browse / empty page: ${browsePair.ratio} (rounds: ${browsePair.ratios.join(", ")}) · browse SQL / browse: ${ratio(browseRaw, browse)} · lookup / empty route: ${lookupPair.ratio} (rounds: ${lookupPair.ratios.join(", ")}) · lookup SQL / lookup: ${ratio(lookupRaw, lookup)}`,
      `approved filter / empty page: ${approvedPair.ratio} (rounds: ${approvedPair.ratios.join(", ")}) · its SQL / page: ${ratio(approvedRaw, approvedBrowse)}`,
      `browse / empty signed-in page: ${ratio(browse, signedIn)} · empty signed-in page / empty page: ${ratio(signedIn, floorPage)}`,
      `effective terms, ${micro.ancestors} ancestors with merges: median ${micro.medianMs} ms, p99 ${micro.p99Ms} ms`,
      `browse first-load JS: ${(firstLoad.gzipBytes / 1024).toFixed(1)} KB gzipped in ${firstLoad.scripts} scripts (${(firstLoad.rawBytes / 1024).toFixed(1)} KB raw; inline RSC payload ${(firstLoad.inlineGzipBytes / 1024).toFixed(1)} KB gzipped, not counted)`,
      ...[...plans, ...approvedPlans, ...partPlans].map((plan) => `plan ${plan.statement}: ${plan.ms} ms · ${plan.nodes.join("; ")}`),
    ];
    const failures = rows.filter(([, result]) => result.non2xx + result.errors > 0).map(([name]) => name);
    return {
      name: "catalog",
      summary,
      results: {
        database: { ...database, url: undefined },
        browsePath: BROWSE_PATH,
        approvedPath: APPROVED_PATH,
        lookupPath,
        floorPage,
        signedIn,
        browse,
        signedInAlone,
        browseAlone,
        browseRaw,
        approvedBrowse,
        approvedRaw,
        floorRoute,
        lookup,
        browseRounds: browsePair.ratios,
        floorApproved,
        approvedRounds: approvedPair.ratios,
        lookupRounds: lookupPair.ratios,
        lookupRaw,
        plans,
        approvedPlans,
        partPlans,
        firstLoad,
        effectiveTerms: micro,
      },
      checks: [
        {
          target: "every measured request answered 2xx",
          met: failures.length === 0,
          detail: failures.length === 0 ? "no errors" : `errors in: ${failures.join(", ")}`,
        },
        {
          target: "browse with a filter ≥ 50% of the empty dynamic page",
          met: browsePair.ratio >= 0.5,
          detail: `${browse.requestsPerSecond} vs ${floorPage.requestsPerSecond} req/s (median round ${browsePair.ratio}; rounds ${browsePair.ratios.join(", ")})`,
        },
        {
          target: "browse p50 at one connection ≤ 1.5× the empty signed-in page's",
          met: browseAlone.p50 <= 1.5 * signedInAlone.p50,
          detail: `${browseAlone.p50} vs ${signedInAlone.p50} ms (${Math.round((browseAlone.p50 / signedInAlone.p50) * 100) / 100}×)`,
        },
        {
          target: "browse with the acceptance filter ≥ 50% of the empty dynamic page",
          met: approvedPair.ratio >= 0.5,
          detail: `${approvedBrowse.requestsPerSecond} vs ${floorApproved.requestsPerSecond} req/s (median round ${approvedPair.ratio}; rounds ${approvedPair.ratios.join(", ")})`,
        },
        {
          target: "browse raw SQL ≥ 10× the browse page",
          met: ratio(browseRaw, browse) >= 10,
          detail: `${browseRaw.requestsPerSecond} vs ${browse.requestsPerSecond} req/s (${ratio(browseRaw, browse)}×)`,
        },
        {
          target: "every browse and lookup query on an index",
          met: [...plans, ...approvedPlans].every((plan) => plan.seqScans.length === 0),
          detail: [...plans, ...approvedPlans].some((plan) => plan.seqScans.length > 0)
            ? [...plans, ...approvedPlans]
                .filter((plan) => plan.seqScans.length > 0)
                .map((plan) => `${plan.statement}: Seq Scan on ${plan.seqScans.join(", ")}`)
                .join("; ")
            : "no sequential scan of a table over 1,000 rows",
        },
        {
          target: "lookup ≥ 50% of the empty route handler",
          met: lookupPair.ratio >= 0.5,
          detail: `${lookup.requestsPerSecond} vs ${floorRoute.requestsPerSecond} req/s (median round ${lookupPair.ratio}; rounds ${lookupPair.ratios.join(", ")})`,
        },
        {
          target: "effective terms of a 50-ancestor merge graph < 5 ms",
          met: micro.ancestors >= 50 && micro.medianMs < 5,
          detail: `${micro.ancestors} ancestors: median ${micro.medianMs} ms, p99 ${micro.p99Ms} ms`,
        },
        {
          target: "browse first-load JS ≤ 250 KB gzipped",
          met: firstLoad.gzipBytes <= 250 * 1024,
          detail: `${(firstLoad.gzipBytes / 1024).toFixed(1)} KB in ${firstLoad.scripts} scripts`,
        },
      ],
    };
  } finally {
    await server.stop();
  }
}

async function pickApprovedSha(prisma: ReturnType<typeof createPrismaClient>): Promise<string> {
  const row = await prisma.versionUseApproval.findFirst({
    where: { use: "COMMERCIAL_OUTPUTS", status: "ACTIVE", validUntil: { gt: new Date() }, teamId: null },
    select: { versionId: true },
    orderBy: { versionId: "asc" },
  });
  const version = row ? await prisma.checkpointVersion.findUnique({ where: { id: row.versionId }, select: { sha256: true } }) : null;
  return version?.sha256 ?? benchSha256(0);
}

/** What getCurrentUser asks on every signed-in request (lib/server/auth/current-user.ts). */
function currentUserStatement(userId: string): Statement {
  return {
    text: `SELECT u.id, u.email, u.name, u.roles, u.active, coalesce(json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name) ORDER BY t.name) FILTER (WHERE t.id IS NOT NULL), '[]') AS teams
           FROM "User" u LEFT JOIN "Membership" m ON m."userId" = u.id LEFT JOIN "Team" t ON t.id = m."teamId" WHERE u.id = $1::uuid GROUP BY u.id`,
    values: [userId],
  };
}

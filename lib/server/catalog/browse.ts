import "server-only";
import { Prisma } from "@/lib/server/generated/prisma/client";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { approvalStatesByUse, type CatalogStatus, type StoredApprovalStatus, type UseApprovalState } from "@/lib/catalog/approval-summary";
import { BROWSE_PAGE_SIZE, countLimit, type BrowseQuery } from "@/lib/catalog/browse-query";
import { hashPrefixOf, hashPrefixRange } from "@/lib/catalog/autov2";
import { queryTerms } from "@/lib/catalog/search-terms";
import { INTENDED_USES, type IntendedUse, type TermStatus, type VersionKind } from "@/lib/licensing/vocabulary";

type Db = PrismaClient | TransactionClient;

// Browse reads only the VersionSummary read model (and VersionUseApproval for "approved now"):
// every filter is one predicate on an indexed column, and approval validity is compared with
// now() here, at read time.

export interface BrowseRow {
  id: string;
  name: string;
  version: string;
  kind: VersionKind;
  architecture: { key: string; name: string };
  licenses: { key: string; name: string }[];
  status: CatalogStatus;
  /** Per use, the best standing an approval gives it now (for the team filter, when set). */
  uses: Partial<Record<IntendedUse, UseApprovalState>>;
  effective: Record<IntendedUse, TermStatus>;
  violations: number;
}

export interface BrowseOption {
  key: string;
  name: string;
}

export interface BrowseOptions {
  architectures: BrowseOption[];
  licenses: BrowseOption[];
  teams: BrowseOption[];
}

export interface BrowseResult {
  rows: BrowseRow[];
  /** Exact up to countLimit(page); `totalCapped` when there are more. */
  total: number;
  totalCapped: boolean;
  page: number;
  pageCount: number;
  pageSize: number;
}

/** The same CASE as catalogStatusAt (lib/catalog/approval-summary.ts), evaluated against now(). */
const STATUS_SQL = Prisma.sql`CASE
  WHEN s."activeUntil" > now() THEN 'APPROVED'
  WHEN s."needsReviewUntil" > now() THEN 'NEEDS_REVIEW'
  WHEN s."requestState" IN ('IN_REVIEW', 'CHANGES_REQUESTED') THEN s."requestState"::text
  WHEN s."activeUntil" IS NOT NULL OR s."needsReviewUntil" IS NOT NULL OR s."hasExpired" THEN 'EXPIRED'
  WHEN s."hasRevoked" THEN 'REVOKED'
  WHEN s."requestState" = 'REJECTED' THEN 'REJECTED'
  ELSE 'NOT_REVIEWED' END`;

function teamIdSql(slug: string) {
  return Prisma.sql`(SELECT t.id::text FROM "Team" t WHERE t.slug = ${slug})`;
}

/**
 * "Approved now for `use`" (any use when null), for the query's team when it has one. The
 * summary's approvedUses (GIN) narrows it; they are trusted while approvedUntil is in the future,
 * and past it every candidate is checked against VersionUseApproval and the clock.
 */
function approvedNow(query: BrowseQuery, use: IntendedUse | null) {
  const uses = use ? [use] : [...INTENDED_USES];
  const slug = query.team;
  const keys = slug
    ? Prisma.sql`ARRAY[${Prisma.join(uses.flatMap((each) => [Prisma.sql`${`${each}@*`}`, Prisma.sql`${`${each}@`} || ${teamIdSql(slug)}`]))}]::text[]`
    : Prisma.sql`${uses}::text[]`;
  const team = slug ? Prisma.sql`AND (g."teamId" IS NULL OR g."teamId"::text = ${teamIdSql(slug)})` : Prisma.empty;
  const useSql = use ? Prisma.sql`AND g."use" = ${use}::"IntendedUse"` : Prisma.empty;
  // OFFSET 0 keeps the fallback a per-row subplan, evaluated only for stale rows, rather than a
  // hash of every matching approval built on each query.
  return Prisma.sql`(s."approvedUses" && ${keys} AND (s."approvedUntil" > now() OR EXISTS (
    SELECT 1 FROM "VersionUseApproval" g WHERE g."versionId" = s."versionId" ${useSql} AND g."status" = 'ACTIVE' AND g."validUntil" > now() ${team} OFFSET 0)))`;
}

// The organisation conditions a current fact meets: per key the latest fact, not withdrawn, not past
// its review-by date, saying "met". Read when the filter runs, so the summary never goes stale
// when a fact is recorded, withdrawn or expires.
const MET_CONDITION_KEYS_SQL = Prisma.sql`SELECT f."conditionKey" FROM (
  SELECT DISTINCT ON ("conditionKey") "conditionKey", "met", "withdrawnAt", "reviewBy" FROM "OrganisationFact"
  ORDER BY "conditionKey", "recordedAt" DESC, "id" DESC) f
  WHERE f."met" AND f."withdrawnAt" IS NULL AND f."reviewBy" > now()`;

/**
 * "Usable without a waiver" for a use: ALLOWED, or CONDITIONAL with every organisation condition
 * of that use met. A condition key the facts do not name (or do not meet) keeps the use out.
 */
function usableWithoutWaiver(use: IntendedUse): Prisma.Sql {
  const prefix = `${use}:`;
  return Prisma.sql`(s."effectiveTerms" @> ARRAY[${`${use}:ALLOWED`}]::text[] OR (s."effectiveTerms" @> ARRAY[${`${use}:CONDITIONAL`}]::text[]
    AND NOT EXISTS (SELECT 1 FROM unnest(s."conditionKeys") AS c(token)
      WHERE left(c.token, ${prefix.length}::int) = ${prefix} AND substr(c.token, ${prefix.length + 1}::int) NOT IN (${MET_CONDITION_KEYS_SQL}))))`;
}

export function browseWhere(query: BrowseQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const hashPrefix = hashPrefixOf(query.q);
  const terms = hashPrefix ? [] : queryTerms(query.q);
  if (terms.length > 0) conditions.push(Prisma.sql`s."searchTerms" @> ${terms}::text[]`);
  if (hashPrefix) {
    // A search of 10 to 64 hex digits is a file hash or its AutoV2: a range on the SHA-256 index.
    const range = hashPrefixRange(hashPrefix);
    conditions.push(Prisma.sql`s."versionId" IN (SELECT v.id FROM "CheckpointVersion" v WHERE v.sha256 >= ${range.from} AND v.sha256 < ${range.to})`);
  }
  // One value is written `=`, not `= ANY(...)`, so the (column, name) indexes also give the order.
  if (query.arch.length === 1) conditions.push(Prisma.sql`s."architectureKey" = ${query.arch[0]}`);
  if (query.arch.length > 1) conditions.push(Prisma.sql`s."architectureKey" = ANY(${query.arch}::text[])`);
  if (query.kind.length === 1) conditions.push(Prisma.sql`s."kind" = ${query.kind[0]}::"VersionKind"`);
  if (query.kind.length > 1) conditions.push(Prisma.sql`s."kind" = ANY(${query.kind}::"VersionKind"[])`);
  if (query.prompt.length > 0) conditions.push(Prisma.sql`s."promptStyle" = ANY(${query.prompt}::"PromptStyle"[])`);
  if (query.license) conditions.push(Prisma.sql`s."licenseKeys" @> ARRAY[${query.license}]::text[]`);
  if (query.effective && query.effectiveStatus.length > 0) {
    const wanted = query.effectiveStatus.map((status) => `${query.effective}:${status}`);
    conditions.push(Prisma.sql`s."effectiveTerms" && ${wanted}::text[]`);
  }
  if (query.usable) conditions.push(usableWithoutWaiver(query.usable));
  for (const use of query.approved) conditions.push(approvedNow(query, use));
  if (query.team && query.approved.length === 0) conditions.push(approvedNow(query, null));
  if (query.status.length > 0) {
    // APPROVED alone is the common case: an index range on activeUntil.
    conditions.push(
      query.status.length === 1 && query.status[0] === "APPROVED"
        ? Prisma.sql`s."activeUntil" > now()`
        : Prisma.sql`(${STATUS_SQL}) = ANY(${query.status}::text[])`,
    );
  }
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

const ORDER_BY: Readonly<Record<BrowseQuery["sort"], Prisma.Sql>> = {
  name: Prisma.sql`ORDER BY s."checkpointName", s."versionLabel", s."versionId"`,
  released: Prisma.sql`ORDER BY s."releasedAt" DESC NULLS LAST, s."checkpointName", s."versionId"`,
  added: Prisma.sql`ORDER BY s."versionCreatedAt" DESC, s."versionId"`,
};

/**
 * The SQL of a browse page: its count and its rows, and `page`, the one statement the app sends
 * (count, rows and the filter options in a single round trip). The benchmark runs and explains them.
 */
export function browseStatements(query: BrowseQuery): { count: Prisma.Sql; rows: Prisma.Sql; page: Prisma.Sql } {
  const where = browseWhere(query);
  const offset = (query.page - 1) * BROWSE_PAGE_SIZE;
  const count = Prisma.sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM "VersionSummary" s ${where} LIMIT ${countLimit(query.page) + 1}) capped`;
  const rows = browseRowsSql(query, where, offset);
  return {
    count,
    rows,
    page: Prisma.sql`SELECT (${count}) AS total,
      (SELECT coalesce(json_agg(r ORDER BY r.position), '[]'::json) FROM (${rows}) r) AS rows,
      options.* FROM (${BROWSE_OPTIONS_SQL}) options`,
  };
}

function browseRowsSql(query: BrowseQuery, where: Prisma.Sql, offset: number): Prisma.Sql {
  return (
    // The page's ids are chosen first (an index-only scan where the filter allows), and only its
    // 25 rows are read and get their approvals attached: skipped rows are never fetched.
    Prisma.sql`SELECT row_number() OVER (${ORDER_BY[query.sort]}) AS position, s."versionId" AS id, s."checkpointName" AS name, s."versionLabel" AS version, s."kind"::text AS kind,
        s."architectureKey" AS "architectureKey", s."ownLicenses" AS licenses, s."effectiveTerms" AS "effectiveTerms",
        s."violationCount" AS violations, (${STATUS_SQL}) AS status,
        (SELECT coalesce(json_agg(json_build_object('use', g."use", 'teamId', g."teamId", 'status', g."status", 'validUntil', g."validUntil", 'waived', g."waived")), '[]'::json)
           FROM "VersionUseApproval" g WHERE g."versionId" = s."versionId") AS grants
      FROM (SELECT s."versionId" FROM "VersionSummary" s ${where} ${ORDER_BY[query.sort]} LIMIT ${BROWSE_PAGE_SIZE} OFFSET ${offset}) page
      JOIN "VersionSummary" s ON s."versionId" = page."versionId"
      ${ORDER_BY[query.sort]}`
  );
}

export const BROWSE_OPTIONS_SQL = Prisma.sql`SELECT
  (SELECT coalesce(json_agg(json_build_object('key', a.key, 'name', a.name) ORDER BY a."sortOrder", a.key), '[]'::json) FROM "Architecture" a) AS architectures,
  (SELECT coalesce(json_agg(json_build_object('key', l.key, 'name', l.name) ORDER BY l.name), '[]'::json) FROM "License" l) AS licenses,
  (SELECT coalesce(json_agg(json_build_object('key', t.slug, 'name', t.name, 'id', t.id) ORDER BY t.name), '[]'::json) FROM "Team" t) AS teams`;

interface RawRow {
  id: string;
  name: string;
  version: string;
  kind: VersionKind;
  architectureKey: string;
  licenses: { key: string; name: string }[];
  effectiveTerms: string[];
  violations: number;
  status: CatalogStatus;
  grants: { use: IntendedUse; teamId: string | null; status: StoredApprovalStatus; validUntil: string; waived: boolean }[];
}

interface RawOptions {
  architectures: BrowseOption[];
  licenses: BrowseOption[];
  teams: (BrowseOption & { id: string })[];
}

function toBrowseOptions(options: RawOptions | undefined): BrowseOptions & { teamIds: Map<string, string> } {
  const teams = options?.teams ?? [];
  return {
    architectures: options?.architectures ?? [],
    licenses: options?.licenses ?? [],
    teams: teams.map(({ key, name }) => ({ key, name })),
    teamIds: new Map(teams.map((team) => [team.key, team.id])),
  };
}

export async function browseCatalog(db: Db, query: BrowseQuery, options: { now?: Date } = {}): Promise<BrowseResult & { options: BrowseOptions }> {
  const [result] = await db.$queryRaw<(RawOptions & { total: number; rows: RawRow[] })[]>(browseStatements(query).page);
  const browseOptions = toBrowseOptions(result);
  const rawRows = result?.rows ?? [];
  const now = options.now ?? new Date();
  const counted = result?.total ?? 0;
  const totalCapped = counted > countLimit(query.page);
  const total = Math.min(counted, countLimit(query.page));
  const pageCount = Math.max(1, Math.ceil(total / BROWSE_PAGE_SIZE));
  const architectureNames = new Map(browseOptions.architectures.map((architecture) => [architecture.key, architecture.name]));
  const teamId = query.team ? (browseOptions.teamIds.get(query.team) ?? "no-such-team") : null;
  const { teamIds: _teamIds, ...publicOptions } = browseOptions;

  return {
    rows: rawRows.map((row) => ({
      id: row.id,
      name: row.name,
      version: row.version,
      kind: row.kind,
      architecture: { key: row.architectureKey, name: architectureNames.get(row.architectureKey) ?? row.architectureKey },
      licenses: row.licenses,
      status: row.status,
      uses: approvalStatesByUse(
        row.grants.map((grant) => ({ ...grant, validUntil: new Date(grant.validUntil) })),
        now,
        teamId,
      ),
      effective: Object.fromEntries(row.effectiveTerms.map((entry) => entry.split(":") as [IntendedUse, TermStatus])) as Record<IntendedUse, TermStatus>,
      violations: row.violations,
    })),
    total,
    totalCapped,
    page: query.page,
    pageCount,
    pageSize: BROWSE_PAGE_SIZE,
    options: publicOptions,
  };
}

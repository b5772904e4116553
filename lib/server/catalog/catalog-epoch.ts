import "server-only";
import { Prisma } from "@/lib/server/generated/prisma/client";
import type { TransactionClient } from "@/lib/server/db/client";

// The catalogue epoch (model CatalogEpoch): one counter, bumped in the same transaction as every
// change to a table the catalogue queries read (statement triggers, see the migration), so that an
// instance that reads a new value knows its cached results may be stale, and one that reads the old
// value cannot be missing a committed change. Time is the other input: see CATALOG_WINDOW_SQL.

/**
 * Bumps the epoch inside the caller's transaction. The triggers do it for every write anyway;
 * syncVersionSummaries calls this first so that a transaction takes the audit chain's lock and the
 * epoch row's (in that order, see the migration) before any summary row's: one lock order.
 */
export async function bumpCatalogEpoch(tx: TransactionClient): Promise<void> {
  await tx.$queryRaw`SELECT "catalog_epoch_bump"()::text AS bumped`;
}

export interface CatalogClock {
  /** The committed epoch (a bigint, as text). */
  epoch: string;
  /** The database's clock: the catalogue queries compare with now(). */
  now: Date;
}

/** What every cached catalogue read costs: one row by primary key. */
export const CATALOG_CLOCK_SQL = Prisma.sql`SELECT "epoch"::text AS epoch, now() AS now FROM "CatalogEpoch" WHERE "id" = 1`;

/**
 * The epoch and the earliest future instant at which any catalogue result could change by the
 * clock alone, in one statement (one snapshot). The catalogue compares with now() an approval's
 * validity (its review-by date or an earlier waiver expiry, stored in VersionSummary.activeUntil /
 * needsReviewUntil / approvedUntil and VersionUseApproval.validUntil) and an organisation fact's
 * review-by date; every one of those comes from Approval.reviewBy, Waiver.expiresAt or
 * OrganisationFact.reviewBy. All are taken, globally (not only the cached rows'): conservative, and
 * each is one index probe. Null: no future instant.
 */
export const CATALOG_WINDOW_SQL = Prisma.sql`SELECT e."epoch"::text AS epoch, now() AS now, LEAST(
    (SELECT min(x."reviewBy") FROM unnest(enum_range(NULL::"ApprovalStatus")) AS st(status)
       CROSS JOIN LATERAL (SELECT a."reviewBy" FROM "Approval" a WHERE a."status" = st.status AND a."reviewBy" > now() ORDER BY a."reviewBy" LIMIT 1) x),
    (SELECT min(w."expiresAt") FROM "Waiver" w WHERE w."expiresAt" > now()),
    (SELECT min(f."reviewBy") FROM "OrganisationFact" f WHERE f."reviewBy" > now()),
    (SELECT min(s."activeUntil") FROM "VersionSummary" s WHERE s."activeUntil" > now()),
    (SELECT min(x."validUntil") FROM unnest(enum_range(NULL::"IntendedUse")) AS u(use)
       CROSS JOIN LATERAL (SELECT g."validUntil" FROM "VersionUseApproval" g WHERE g."use" = u.use AND g."validUntil" > now() ORDER BY g."validUntil" LIMIT 1) x)
  ) AS "nextInstant"
  FROM "CatalogEpoch" e WHERE e."id" = 1`;

export interface CatalogWindow extends CatalogClock {
  nextInstant: Date | null;
}

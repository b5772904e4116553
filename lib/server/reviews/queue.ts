import "server-only";
import { prisma } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/generated/prisma/client";
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import { waitingOn, type ReviewStatus, type SignOffCapacity } from "@/lib/reviews/review-state";
import type { CheckSeverity } from "@/lib/reviews/submission-checks";
import type { ReviewQueueFilter } from "@/lib/schemas/review";

export const QUEUE_PAGE_SIZE = 25;

export interface QueueRow {
  id: string;
  versionId: string;
  versionName: string;
  team: { slug: string; name: string };
  submitter: string;
  submittedAt: Date;
  /** Whole days since submission. */
  ageDays: number;
  status: ReviewStatus;
  round: number;
  requestedUses: IntendedUse[];
  waitingOn: SignOffCapacity[];
  findings: Record<CheckSeverity, number>;
}

export interface QueuePage {
  rows: QueueRow[];
  total: number;
  page: number;
  pageCount: number;
  teams: { slug: string; name: string }[];
}

const STATUS_SETS: Record<ReviewQueueFilter["status"], ReviewStatus[] | null> = {
  open: ["SUBMITTED", "IN_REVIEW"],
  changes: ["CHANGES_REQUESTED"],
  decided: ["APPROVED", "REJECTED", "WITHDRAWN"],
  all: null,
};

/** The queue's filter over `"ReviewRequest" r`; the overview counts with it too (lib/server/overview/review-backlog.ts). */
export function reviewQueueWhere(filter: Omit<ReviewQueueFilter, "page">, viewerId: string): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const statuses = STATUS_SETS[filter.status];
  if (statuses) conditions.push(Prisma.sql`r.status::text = ANY(${statuses})`);
  if (filter.waiting) {
    const capacity: SignOffCapacity = filter.waiting === "legal" ? "LEGAL" : "TECHNICAL";
    conditions.push(Prisma.sql`r.status IN ('SUBMITTED', 'IN_REVIEW') AND NOT EXISTS (
      SELECT 1 FROM "SignOff" s WHERE s."requestId" = r.id AND s.round = r.round AND s.capacity::text = ${capacity})`);
  }
  if (filter.mine === "submitted") conditions.push(Prisma.sql`r."submitterId" = ${viewerId}::uuid`);
  if (filter.mine === "signed") {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "SignOff" s WHERE s."requestId" = r.id AND s."reviewerId" = ${viewerId}::uuid)`);
  }
  if (filter.team) conditions.push(Prisma.sql`r."teamId" = (SELECT t.id FROM "Team" t WHERE t.slug = ${filter.team})`);
  if (filter.olderThan) conditions.push(Prisma.sql`r."submittedAt" <= now() - make_interval(days => ${filter.olderThan}::int)`);
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * The review queue, oldest first. "Waiting on" compares each sign-off's round with the request's
 * current one, which Prisma's filters cannot express: the filtering is one SQL query over the
 * (status, submittedAt) index, then the page's rows are read by id.
 */
export async function listReviewQueue(filter: ReviewQueueFilter, viewerId: string): Promise<QueuePage> {
  const where = reviewQueueWhere(filter, viewerId);

  const [[counted], teams] = await Promise.all([
    prisma.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "ReviewRequest" r ${where}`,
    prisma.team.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  const total = Number(counted?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const ids = await prisma.$queryRaw<{ id: string }[]>`
    SELECT r.id::text AS id FROM "ReviewRequest" r ${where}
    ORDER BY r."submittedAt" ASC, r.id ASC
    LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * QUEUE_PAGE_SIZE}`;

  const rows = await prisma.reviewRequest.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    select: {
      id: true,
      status: true,
      round: true,
      submittedAt: true,
      requestedUses: true,
      checks: true,
      submitterId: true,
      team: { select: { slug: true, name: true } },
      submitter: { select: { name: true, email: true } },
      version: { select: { id: true, version: true, checkpoint: { select: { name: true } } } },
      signOffs: { select: { reviewerId: true, capacity: true, decision: true, round: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const now = Date.now();
  return {
    rows: ids.flatMap(({ id }) => {
      const row = byId.get(id);
      if (!row) return [];
      return [
        {
          id: row.id,
          versionId: row.version.id,
          versionName: `${row.version.checkpoint.name} ${row.version.version}`,
          team: row.team,
          submitter: row.submitter.name ?? row.submitter.email,
          submittedAt: row.submittedAt,
          ageDays: Math.floor((now - row.submittedAt.getTime()) / 86_400_000),
          status: row.status,
          round: row.round,
          requestedUses: row.requestedUses,
          waitingOn: waitingOn(row, row.signOffs),
          findings: countFindings(row.checks),
        },
      ];
    }),
    total,
    page,
    pageCount,
    teams,
  };
}

function countFindings(checks: unknown): Record<CheckSeverity, number> {
  const counts: Record<CheckSeverity, number> = { error: 0, warning: 0 };
  if (!Array.isArray(checks)) return counts;
  for (const check of checks) {
    const severity = (check as { severity?: unknown })?.severity;
    if (severity === "error" || severity === "warning") counts[severity] += 1;
  }
  return counts;
}

import "server-only";
import { readApprovalState, type ApprovalState } from "@/lib/approvals/approval-state";
import { dayEnd, dayStart, monthEnd, monthStart } from "@/lib/overview/calendar";
import { prisma } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/generated/prisma/client";

export const REPORT_STATES = ["ACTIVE", "NEEDS_REVIEW", "EXPIRED", "REVOKED", "EXPIRING_SOON"] as const;
export type ReportStateFilter = (typeof REPORT_STATES)[number];

export interface ApprovalsReportFilters {
  state?: ReportStateFilter;
  team?: string;
  checkpoint?: string;
  expiring?: "review" | "waiver";
  /** Days (`YYYY-MM-DD`, UTC, both inclusive) for `expiring`. */
  from?: string;
  to?: string;
  /** `YYYY-MM` (UTC). */
  granted?: string;
}

const reportSelect = {
  id: true,
  status: true,
  grantedAt: true,
  reviewBy: true,
  conditions: true,
  needsReviewReason: true,
  needsReviewSince: true,
  revokedAt: true,
  revokedReason: true,
  version: { select: { id: true, version: true, checkpoint: { select: { name: true } } } },
  team: { select: { name: true } },
  uses: { select: { use: true, statusAtApproval: true, condition: true }, orderBy: { use: "asc" } },
  waivers: { select: { use: true, reason: true, reference: true, comment: true, expiresAt: true, grantedBy: { select: { email: true } } } },
  licenses: {
    select: {
      licenseVersion: {
        select: {
          revision: true,
          license: { select: { key: true, name: true, versions: { orderBy: { revision: "desc" }, take: 1, select: { revision: true } } } },
        },
      },
    },
  },
  request: {
    select: {
      round: true,
      signOffs: { where: { decision: "APPROVE" }, select: { round: true, capacity: true, createdAt: true, reviewer: { select: { email: true } } } },
    },
  },
} satisfies Prisma.ApprovalSelect;

type ReportRow = Prisma.ApprovalGetPayload<{ select: typeof reportSelect }>;

export interface ApprovalReportEntry {
  id: string;
  versionId: string;
  versionName: string;
  team: string;
  state: ApprovalState;
  stateReasons: string[];
  waiverExpiringSoon: boolean;
  grantedAt: string;
  reviewBy: string;
  uses: { use: string; statusAtApproval: string; condition: string | null }[];
  conditions: string[];
  waivers: { use: string; reason: string; reference: string | null; comment: string; expiresAt: string; grantedBy: string }[];
  licenses: { key: string; name: string; revision: number; superseded: boolean }[];
  signedOff: { capacity: string; reviewer: string; at: string }[];
  needsReviewReason: string | null;
  revokedReason: string | null;
}

function toEntry(row: ReportRow, now: Date): ApprovalReportEntry {
  const reading = readApprovalState({ status: row.status, reviewBy: row.reviewBy, waivers: row.waivers }, now);
  return {
    id: row.id,
    versionId: row.version.id,
    versionName: `${row.version.checkpoint.name} ${row.version.version}`,
    team: row.team?.name ?? "Every team",
    state: reading.state,
    stateReasons: reading.reasons,
    waiverExpiringSoon: reading.waiverExpiringSoon,
    grantedAt: row.grantedAt.toISOString(),
    reviewBy: row.reviewBy.toISOString(),
    uses: row.uses,
    conditions: row.conditions,
    waivers: row.waivers.map((waiver) => ({
      use: waiver.use,
      reason: waiver.reason,
      reference: waiver.reference,
      comment: waiver.comment,
      expiresAt: waiver.expiresAt.toISOString(),
      grantedBy: waiver.grantedBy.email,
    })),
    licenses: row.licenses.map(({ licenseVersion }) => ({
      key: licenseVersion.license.key,
      name: licenseVersion.license.name,
      revision: licenseVersion.revision,
      superseded: (licenseVersion.license.versions[0]?.revision ?? licenseVersion.revision) > licenseVersion.revision,
    })),
    signedOff: (row.request?.signOffs ?? [])
      .filter((signOff) => signOff.round === row.request?.round)
      .map((signOff) => ({ capacity: signOff.capacity, reviewer: signOff.reviewer.email, at: signOff.createdAt.toISOString() })),
    needsReviewReason: row.needsReviewReason,
    revokedReason: row.revokedReason,
  };
}

/** The database-side part of a state filter; the exact state is then read with readApprovalState. */
function stateWhere(state: ReportStateFilter | undefined, now: Date, soon: Date): Prisma.ApprovalWhereInput {
  switch (state) {
    case "REVOKED":
      return { status: "REVOKED" };
    case "EXPIRED":
      return {
        OR: [
          { status: "EXPIRED" },
          { status: { in: ["ACTIVE", "NEEDS_REVIEW"] }, OR: [{ reviewBy: { lte: now } }, { waivers: { some: { expiresAt: { lte: now } } } }] },
        ],
      };
    case "NEEDS_REVIEW":
      return { status: "NEEDS_REVIEW", reviewBy: { gt: now }, waivers: { none: { expiresAt: { lte: now } } } };
    case "ACTIVE":
      return { status: "ACTIVE", reviewBy: { gt: now }, waivers: { none: { expiresAt: { lte: now } } } };
    case "EXPIRING_SOON":
      return {
        status: { in: ["ACTIVE", "NEEDS_REVIEW"] },
        reviewBy: { gt: now },
        waivers: { some: { expiresAt: { gt: now, lte: soon } }, none: { expiresAt: { lte: now } } },
      };
    default:
      return {};
  }
}

/**
 * Standing approvals (neither revoked nor run out) whose review-by date or one of whose waivers falls
 * in the days asked, and after now: what the overview's expiry timeline counts.
 */
function expiringWhere(filters: ApprovalsReportFilters, now: Date): Prisma.ApprovalWhereInput {
  if (!filters.expiring) return {};
  const from = filters.from ? dayStart(filters.from) : null;
  // From the first instant of `from`, but never from before now.
  const window = { ...(from && from > now ? { gte: from } : { gt: now }), ...(filters.to ? { lt: dayEnd(filters.to) } : {}) };
  const standing: Prisma.ApprovalWhereInput = {
    status: { in: ["ACTIVE", "NEEDS_REVIEW"] },
    reviewBy: { gt: now },
    waivers: { none: { expiresAt: { lte: now } } },
  };
  return filters.expiring === "review" ? { AND: [standing, { reviewBy: window }] } : { AND: [standing, { waivers: { some: { expiresAt: window } } }] };
}

function grantedWhere(month: string | undefined): Prisma.ApprovalWhereInput {
  return month ? { grantedAt: { gte: monthStart(month), lt: monthEnd(month) } } : {};
}

/** The report's filter, also counted by the overview (lib/server/overview/): one definition for both. */
export function approvalsReportWhere(filters: ApprovalsReportFilters, now: Date): Prisma.ApprovalWhereInput {
  const soon = new Date(now.getTime() + 30 * 86_400_000);
  return {
    AND: [
      stateWhere(filters.state, now, soon),
      expiringWhere(filters, now),
      grantedWhere(filters.granted),
      filters.team ? { teamId: filters.team } : {},
      filters.checkpoint ? { version: { checkpoint: { name: { contains: filters.checkpoint, mode: "insensitive" } } } } : {},
    ],
  };
}

export const REPORT_PAGE_SIZE = 50;

export async function getApprovalsReport(
  filters: ApprovalsReportFilters,
  page: number,
): Promise<{ entries: ApprovalReportEntry[]; total: number; page: number; pageCount: number }> {
  const now = new Date();
  const where = approvalsReportWhere(filters, now);
  const total = await prisma.approval.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / REPORT_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pageCount);
  const rows = await prisma.approval.findMany({
    where,
    select: reportSelect,
    orderBy: [{ reviewBy: "asc" }, { id: "asc" }],
    skip: (current - 1) * REPORT_PAGE_SIZE,
    take: REPORT_PAGE_SIZE,
  });
  return { entries: rows.map((row) => toEntry(row, now)), total, page: current, pageCount };
}

/** Every matching approval, a batch at a time, for the export. */
export async function* approvalsReportForExport(filters: ApprovalsReportFilters): AsyncGenerator<ApprovalReportEntry> {
  const now = new Date();
  const where = approvalsReportWhere(filters, now);
  let cursor: string | null = null;
  for (;;) {
    const batch: ReportRow[] = await prisma.approval.findMany({
      where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
      select: reportSelect,
      orderBy: { id: "asc" },
      take: 500,
    });
    for (const row of batch) yield toEntry(row, now);
    if (batch.length < 500) return;
    cursor = batch[batch.length - 1]!.id;
  }
}

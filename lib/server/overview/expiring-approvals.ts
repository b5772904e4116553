import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { addDays, dayKey } from "@/lib/overview/calendar";
import { bucketExpiries, EXPIRY_HORIZON_DAYS, type ExpiryWeek } from "@/lib/overview/expiry-timeline";
import { approvalsReportWhere } from "@/lib/server/audit/approvals-report";

/** Standing approvals reaching their review-by date, or a waiver's expiry, in the next 90 days, by week. */
export async function getExpiryTimeline(db: PrismaClient | TransactionClient, now: Date): Promise<ExpiryWeek[]> {
  const to = addDays(dayKey(now), EXPIRY_HORIZON_DAYS - 1);
  const rows = await db.approval.findMany({
    where: { OR: [approvalsReportWhere({ expiring: "review", to }, now), approvalsReportWhere({ expiring: "waiver", to }, now)] },
    select: { reviewBy: true, waivers: { select: { expiresAt: true } } },
  });
  return bucketExpiries(
    rows.map((row) => ({ reviewBy: row.reviewBy, waiverExpiries: row.waivers.map((waiver) => waiver.expiresAt) })),
    now,
  );
}

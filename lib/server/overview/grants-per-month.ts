import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { lastMonths, monthStart } from "@/lib/overview/calendar";
import { countGrantsPerMonth, GRANT_MONTHS, type MonthCount } from "@/lib/overview/grants-per-month";

/** Approvals granted in each of the last twelve months, whatever their state today (the report's `granted=YYYY-MM`). */
export async function getGrantsPerMonth(db: PrismaClient | TransactionClient, now: Date): Promise<MonthCount[]> {
  const rows = await db.approval.findMany({ where: { grantedAt: { gte: monthStart(lastMonths(now, GRANT_MONTHS)[0]!) } }, select: { grantedAt: true } });
  return countGrantsPerMonth(
    rows.map((row) => row.grantedAt),
    now,
  );
}

import { lastMonths, monthKey } from "@/lib/overview/calendar";

// "Approvals granted per month": the last twelve calendar months (UTC), oldest first, each counted
// as the approvals report's `granted` filter lists it.

export const GRANT_MONTHS = 12;

export interface MonthCount {
  month: string;
  count: number;
}

export function countGrantsPerMonth(grantedAt: readonly Date[], now: Date, months = GRANT_MONTHS): MonthCount[] {
  const counts = new Map(lastMonths(now, months).map((month) => [month, 0]));
  for (const date of grantedAt) {
    const key = monthKey(date);
    const count = counts.get(key);
    if (count !== undefined) counts.set(key, count + 1);
  }
  return [...counts].map(([month, count]) => ({ month, count }));
}

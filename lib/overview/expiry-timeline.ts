import { addDays, dayEnd, dayKey, dayStart } from "@/lib/overview/calendar";

// "Approvals and waivers expiring in the next 90 days": standing approvals bucketed by week, one
// series for review-by dates and one for waiver expiries. An approval counts once per week and
// series, as the approvals report's `expiring` filter lists it (lib/server/audit/approvals-report.ts).

export const EXPIRY_HORIZON_DAYS = 90;
const WEEK_DAYS = 7;

export interface ExpiryWeek {
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  /** Approvals reaching their review-by date this week. */
  reviews: number;
  /** Approvals one of whose waivers runs out this week. */
  waivers: number;
}

export interface ExpiringApprovalFacts {
  reviewBy: Date;
  waiverExpiries: readonly Date[];
}

/** The weeks from today to the horizon (today counts as day 1); the last one may be shorter. */
export function expiryWeeks(now: Date, horizonDays = EXPIRY_HORIZON_DAYS): { from: string; to: string }[] {
  const today = dayKey(now);
  const last = addDays(today, horizonDays - 1);
  const weeks: { from: string; to: string }[] = [];
  for (let from = today; from <= last; from = addDays(from, WEEK_DAYS)) {
    const to = addDays(from, WEEK_DAYS - 1);
    weeks.push({ from, to: to < last ? to : last });
  }
  return weeks;
}

/** The instant the timeline ends (exclusive): the end of its last day. */
export function expiryHorizonEnd(now: Date, horizonDays = EXPIRY_HORIZON_DAYS): Date {
  return dayEnd(addDays(dayKey(now), horizonDays - 1));
}

/** Only dates after `now` count: what has already run out is no longer "expiring". */
export function bucketExpiries(approvals: readonly ExpiringApprovalFacts[], now: Date, horizonDays = EXPIRY_HORIZON_DAYS): ExpiryWeek[] {
  const weeks = expiryWeeks(now, horizonDays).map((week) => ({ ...week, start: dayStart(week.from), end: dayEnd(week.to), reviews: 0, waivers: 0 }));
  const weekOf = (date: Date) => (date > now ? weeks.find((week) => date >= week.start && date < week.end) : undefined);
  for (const approval of approvals) {
    const reviewWeek = weekOf(approval.reviewBy);
    if (reviewWeek) reviewWeek.reviews += 1;
    for (const week of new Set(approval.waiverExpiries.map(weekOf))) if (week) week.waivers += 1;
  }
  return weeks.map(({ from, to, reviews, waivers }) => ({ from, to, reviews, waivers }));
}

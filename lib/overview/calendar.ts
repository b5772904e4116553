// UTC calendar keys the overview and the approvals report share: a day is `YYYY-MM-DD`, a month
// `YYYY-MM`, each the half-open range [its first instant, the next one's). Both sides counting with
// these functions is what makes a number on the overview equal the rows of the list it links to.

const DAY_MS = 86_400_000;

export const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
export const MONTH_KEY = /^\d{4}-(0[1-9]|1[0-2])$/;

export function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** The first instant of a day key. */
export function dayStart(key: string): Date {
  return new Date(`${key}T00:00:00.000Z`);
}

/** The first instant after a day key (the day is inclusive when used as `to`). */
export function dayEnd(key: string): Date {
  return new Date(dayStart(key).getTime() + DAY_MS);
}

export function addDays(key: string, days: number): string {
  return dayKey(new Date(dayStart(key).getTime() + days * DAY_MS));
}

export function monthStart(key: string): Date {
  return new Date(`${key}-01T00:00:00.000Z`);
}

export function monthEnd(key: string): Date {
  const start = monthStart(key);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** The `count` months up to and including the one `now` is in, oldest first. */
export function lastMonths(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, index) => monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - index), 1))));
}

/** "Nov 2026" */
export function monthLabel(key: string): string {
  return monthStart(key).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
}

/** "29 Nov" */
export function shortDayLabel(key: string): string {
  return dayStart(key).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

import "server-only";
import { Prisma } from "@/lib/server/generated/prisma/client";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { QUEUE_AGES, type ReviewQueueFilter } from "@/lib/schemas/review";
import { reviewQueueWhere } from "@/lib/server/reviews/queue";

/** Requests waiting for a sign-off and how long they have waited, counted with the review queue's own filters. */
export interface ReviewBacklog {
  waiting: number;
  /** Waiting longer than each of the queue's age steps (`/reviews?olderThan=N`). */
  olderThan: { days: number; count: number }[];
  waitingOn: { legal: number; technical: number };
  /** Whole days the oldest waiting request has waited; null when none waits. */
  oldestWaitingDays: number | null;
}

// The queue's filters never read the viewer unless "mine" is set, which the overview does not use.
const NO_VIEWER = "00000000-0000-0000-0000-000000000000";
const OPEN: Omit<ReviewQueueFilter, "page"> = { status: "open" };

const countOf = (filter: Omit<ReviewQueueFilter, "page">) => Prisma.sql`(SELECT count(*)::int FROM "ReviewRequest" r ${reviewQueueWhere(filter, NO_VIEWER)})`;

export async function getReviewBacklog(db: PrismaClient | TransactionClient): Promise<ReviewBacklog> {
  const [row] = await db.$queryRaw<{ waiting: number; legal: number; technical: number; oldest: number | null; aged: number[] }[]>`SELECT
    ${countOf(OPEN)} AS waiting,
    ${countOf({ ...OPEN, waiting: "legal" })} AS legal,
    ${countOf({ ...OPEN, waiting: "technical" })} AS technical,
    (SELECT floor(extract(epoch FROM now() - min(r."submittedAt")) / 86400)::int FROM "ReviewRequest" r ${reviewQueueWhere(OPEN, NO_VIEWER)}) AS oldest,
    ARRAY[${Prisma.join(QUEUE_AGES.map((days) => countOf({ ...OPEN, olderThan: days })))}]::int[] AS aged`;
  return {
    waiting: row?.waiting ?? 0,
    olderThan: QUEUE_AGES.map((days, index) => ({ days, count: row?.aged[index] ?? 0 })),
    waitingOn: { legal: row?.legal ?? 0, technical: row?.technical ?? 0 },
    oldestWaitingDays: row?.oldest ?? null,
  };
}

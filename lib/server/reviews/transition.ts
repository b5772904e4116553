import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import type { ReviewStatus } from "@/lib/reviews/review-state";

type Db = PrismaClient | TransactionClient;

export const CONFLICT_MESSAGE = "Someone else acted on this request first; reload to see where it stands.";

const requestFactsSelect = {
  id: true,
  status: true,
  round: true,
  revision: true,
  submitterId: true,
  teamId: true,
  versionId: true,
  requestedUses: true,
  justification: true,
  submitter: { select: { email: true } },
  version: { select: { version: true, checkpoint: { select: { name: true } } } },
} satisfies Prisma.ReviewRequestSelect;

export type RequestFacts = Prisma.ReviewRequestGetPayload<{ select: typeof requestFactsSelect }> & { versionName: string };

export async function loadRequestFacts(db: Db, requestId: string): Promise<RequestFacts> {
  const row = await db.reviewRequest.findUnique({ where: { id: requestId }, select: requestFactsSelect });
  if (!row) throw new NotFoundError("This review request does not exist.");
  return { ...row, versionName: `${row.version.checkpoint.name} ${row.version.version}` };
}

/** The revision the person acted on must still be current: otherwise they decided on a stale page. */
export function assertRevision(request: { revision: number }, seenRevision: number): void {
  if (request.revision !== seenRevision) throw new ConflictError(CONFLICT_MESSAGE);
}

/**
 * Moves a request on only if it is still in the state and revision the caller read: with two
 * people (or two app instances) acting at once, exactly one update matches and the other gets a
 * conflict, whatever the timing.
 */
export async function guardedTransition(
  tx: TransactionClient,
  from: { id: string; status: ReviewStatus; revision: number },
  data: Omit<Prisma.ReviewRequestUncheckedUpdateManyInput, "revision">,
): Promise<void> {
  const { count } = await tx.reviewRequest.updateMany({
    where: { id: from.id, status: from.status, revision: from.revision },
    data: { ...data, revision: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(CONFLICT_MESSAGE);
}

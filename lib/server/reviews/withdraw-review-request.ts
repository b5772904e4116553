import "server-only";
import { canWithdraw, type Actor } from "@/lib/policy/capabilities";
import type { PrismaClient } from "@/lib/server/db/client";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError } from "@/lib/server/errors";
import { assertRevision, guardedTransition, loadRequestFacts } from "@/lib/server/reviews/transition";
import { decideWithdraw } from "@/lib/reviews/review-state";
import type { WithdrawInput } from "@/lib/schemas/review";

/** The submitter takes back a request before it is decided. Its sign-offs stay in the history. */
export async function withdrawReviewRequest(actor: Actor, input: WithdrawInput, db: PrismaClient = prisma): Promise<void> {
  const request = await loadRequestFacts(db, input.requestId);
  const decision = canWithdraw(actor, request);
  // The submitter acting on a page that is out of date (someone signed meanwhile) is a conflict to
  // reload, not a permission problem.
  if (!decision.allowed && request.submitterId === actor.id) assertRevision(request, input.revision);
  assertAllowed(decision);

  await db.$transaction(async (tx) => {
    const current = await loadRequestFacts(tx, input.requestId);
    assertRevision(current, input.revision);
    const outcome = decideWithdraw(current, actor.id);
    if (!outcome.ok) throw new ConflictError(outcome.reason);
    await guardedTransition(tx, current, { status: outcome.nextStatus, decidedAt: new Date() });
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "review.withdrawn",
      subjectType: "ReviewRequest",
      subjectId: current.id,
      teamId: current.teamId,
      before: { status: current.status, revision: current.revision },
      after: { status: outcome.nextStatus, round: current.round },
    });
    await syncVersionSummaries(tx, [current.versionId]);
  });
}

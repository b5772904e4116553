import "server-only";
import { canResubmit, type Actor } from "@/lib/policy/capabilities";
import type { PrismaClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, ValidationError } from "@/lib/server/errors";
import { notifyReviewers } from "@/lib/server/notifications/notify";
import { assertRevision, guardedTransition, loadRequestFacts } from "@/lib/server/reviews/transition";
import { checkCataloguedVersion } from "@/lib/server/submissions/submission-checks";
import { isVersionOwnedByRequest, updateSubmittedVersion, type VersionFactsChange } from "@/lib/server/submissions/submitted-version";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import { decideResubmit, SIGN_OFF_CAPACITIES } from "@/lib/reviews/review-state";
import type { ResubmissionInput } from "@/lib/schemas/submission";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

/**
 * The submitter answers REQUEST_CHANGES: corrected justification and uses, and for a version the
 * request itself created, corrected facts. A new round starts: the earlier sign-offs stay in the
 * history and both capacities must sign again.
 */
export async function resubmitReviewRequest(actor: Actor, input: ResubmissionInput, db: PrismaClient = prisma): Promise<{ round: number }> {
  const request = await loadRequestFacts(db, input.requestId);
  const decision = canResubmit(actor, request);
  // The submitter acting on a page that is out of date (someone signed meanwhile) is a conflict to
  // reload, not a permission problem.
  if (!decision.allowed && request.submitterId === actor.id) assertRevision(request, input.revision);
  assertAllowed(decision);
  const auditActor = auditActorOf(actor);

  return db.$transaction(async (tx) => {
    const current = await loadRequestFacts(tx, input.requestId);
    assertRevision(current, input.revision);
    const outcome = decideResubmit(current, actor.id);
    if (!outcome.ok) throw new ConflictError(outcome.reason);

    let versionFacts: VersionFactsChange | null = null;
    if (input.mode === "with-facts") {
      if (!(await isVersionOwnedByRequest(tx, current))) {
        throw new ValidationError(
          "This version's facts are relied on elsewhere in the catalog now; only the uses and the justification can change. Ask an admin to correct the facts.",
        );
      }
      versionFacts = await updateSubmittedVersion(tx, current.versionId, input);
    }

    const previous = await tx.reviewRequest.findUniqueOrThrow({ where: { id: current.id }, select: { detectedArchitecture: true } });
    const detectedArchitecture = input.detectedArchitecture ?? previous.detectedArchitecture;
    const result = await checkCataloguedVersion(tx, current.versionId, { uses: input.uses, detectedArchitecture, sha256: null });
    const checks = result?.checks ?? [];
    await guardedTransition(tx, current, {
      status: outcome.nextStatus,
      round: outcome.nextRound,
      requestedUses: input.uses,
      justification: input.justification,
      checks: checks as unknown as Prisma.InputJsonValue,
      detectedArchitecture,
      decidedAt: null,
    });
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "review.resubmitted",
      subjectType: "ReviewRequest",
      subjectId: current.id,
      teamId: current.teamId,
      before: {
        status: current.status,
        round: current.round,
        requestedUses: current.requestedUses,
        justification: current.justification,
        ...(versionFacts ? { versionFacts: versionFacts.before } : {}),
      },
      after: {
        status: outcome.nextStatus,
        round: outcome.nextRound,
        requestedUses: input.uses,
        justification: input.justification,
        versionFactsChanged: versionFacts !== null,
        checks: checks.map((check) => check.code),
        ...(versionFacts ? { versionFacts: versionFacts.after } : {}),
      },
      relatedIds: versionFacts ? [current.versionId] : [],
    });
    await enqueueWebhookEvent(tx, "review.submitted", {
      requestId: current.id,
      versionId: current.versionId,
      teamId: current.teamId,
      uses: input.uses,
      round: outcome.nextRound,
    });
    await syncVersionSummaries(tx, [current.versionId]);
    await notifyReviewers(tx, SIGN_OFF_CAPACITIES, [actor.id], {
      kind: "review.waiting",
      title: `${current.versionName} was resubmitted (round ${outcome.nextRound})`,
      body: `Both sign-offs are needed again for ${input.uses.map((use) => INTENDED_USE_LABELS[use]).join(", ")}.`,
      link: `/reviews/${current.id}`,
    });
    return { round: outcome.nextRound };
  });
}

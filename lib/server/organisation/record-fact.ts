import "server-only";
import { canRecordOrganisationFacts, type Actor } from "@/lib/policy/capabilities";
import { ORGANISATION_CONDITIONS } from "@/lib/licensing/organisation-conditions";
import type { RecordOrganisationFactInput } from "@/lib/schemas/organisation";
import { markApprovalsForReReview, NOTHING_FLAGGED } from "@/lib/server/approvals/mark-for-re-review";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed } from "@/lib/server/errors";
import { factIdsOfCondition, ORGANISATION_FACT_LOCK_KEY } from "@/lib/server/organisation/fact-lock";

/**
 * Records the organisation's answer to a keyed condition; it replaces the condition's current
 * fact. When the answer no longer meets the condition (a "met" replaced by "not met"), every
 * approval that relied on the condition being met is flagged for re-review, in the same
 * transaction and the same audit event.
 */
export async function recordOrganisationFact(
  actor: Actor,
  input: RecordOrganisationFactInput,
  db: PrismaClient = prisma,
): Promise<{ factId: string; flaggedApprovals: number }> {
  assertAllowed(canRecordOrganisationFacts(actor));
  const user = { id: actor.id, email: actor.email };
  return db.$transaction(async (tx) => {
    // Two people answering the same condition at once: one after the other, never interleaved.
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${ORGANISATION_FACT_LOCK_KEY})`;
    const now = new Date();
    const previous = await tx.organisationFact.findFirst({
      where: { conditionKey: input.conditionKey },
      orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
      select: { id: true, met: true, withdrawnAt: true, reviewBy: true, evidenceReference: true },
    });
    const previousHeld = previous !== null && previous.withdrawnAt === null && previous.reviewBy > now;
    const fact = await tx.organisationFact.create({
      data: {
        conditionKey: input.conditionKey,
        met: input.met,
        evidenceReference: input.evidenceReference,
        note: input.note,
        reviewBy: input.reviewBy,
        recordedById: user.id,
        recordedAt: now,
      },
      select: { id: true },
    });
    const label = ORGANISATION_CONDITIONS[input.conditionKey].label;
    const reReview =
      previousHeld && previous.met && !input.met
        ? await markApprovalsForReReview(tx, {
            organisationFactIds: await factIdsOfCondition(tx, input.conditionKey),
            reason: `The organisation no longer meets “${label}” (recorded by ${user.email}).`,
          })
        : NOTHING_FLAGGED;
    await recordAuditEvent(tx, {
      actor: { id: user.id, label: user.email },
      action: "organisation.fact_recorded",
      subjectType: "OrganisationFact",
      subjectId: fact.id,
      before: previousHeld ? { factId: previous.id, conditionKey: input.conditionKey, met: previous.met, evidenceReference: previous.evidenceReference } : null,
      after: {
        conditionKey: input.conditionKey,
        condition: label,
        met: input.met,
        evidenceReference: input.evidenceReference,
        note: input.note,
        reviewBy: input.reviewBy,
        ...reReview.audit.after,
      },
      relatedIds: [...(previousHeld ? [previous.id] : []), ...reReview.audit.relatedIds],
    });
    return { factId: fact.id, flaggedApprovals: reReview.flagged.length };
  });
}

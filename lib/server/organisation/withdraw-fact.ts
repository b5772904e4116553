import "server-only";
import { canRecordOrganisationFacts, type Actor } from "@/lib/policy/capabilities";
import { ORGANISATION_CONDITIONS, isOrganisationConditionKey } from "@/lib/licensing/organisation-conditions";
import type { WithdrawOrganisationFactInput } from "@/lib/schemas/organisation";
import { markApprovalsForReReview } from "@/lib/server/approvals/mark-for-re-review";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, NotFoundError } from "@/lib/server/errors";
import { factIdsOfCondition, ORGANISATION_FACT_LOCK_KEY } from "@/lib/server/organisation/fact-lock";

/**
 * Withdraws the current fact of a condition: the condition re-opens, and every approval that
 * relied on it being met is flagged NEEDS_REVIEW, in the same transaction and audit event.
 */
export async function withdrawOrganisationFact(
  actor: Actor,
  input: WithdrawOrganisationFactInput,
  db: PrismaClient = prisma,
): Promise<{ flaggedApprovals: number }> {
  assertAllowed(canRecordOrganisationFacts(actor));
  const user = { id: actor.id, email: actor.email };
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${ORGANISATION_FACT_LOCK_KEY})`;
    const fact = await tx.organisationFact.findUnique({
      where: { id: input.factId },
      select: { id: true, conditionKey: true, met: true, evidenceReference: true, reviewBy: true, withdrawnAt: true },
    });
    if (!fact) throw new NotFoundError("That fact does not exist.");
    if (fact.withdrawnAt) throw new ConflictError("This fact was already withdrawn. Reload the page.");
    const latest = await tx.organisationFact.findFirst({
      where: { conditionKey: fact.conditionKey },
      orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    if (latest?.id !== fact.id) throw new ConflictError("A newer answer replaced this fact meanwhile. Reload the page.");

    const withdrawnAt = new Date();
    const { count } = await tx.organisationFact.updateMany({
      where: { id: fact.id, withdrawnAt: null },
      data: { withdrawnAt, withdrawnById: user.id, withdrawnReason: input.reason },
    });
    if (count === 0) throw new ConflictError("This fact was withdrawn meanwhile. Reload the page.");

    const label = isOrganisationConditionKey(fact.conditionKey) ? ORGANISATION_CONDITIONS[fact.conditionKey].label : fact.conditionKey;
    const reReview = fact.met
      ? await markApprovalsForReReview(tx, {
          organisationFactIds: await factIdsOfCondition(tx, fact.conditionKey),
          reason: `The organisation's answer to “${label}” was withdrawn by ${user.email}: ${input.reason}`,
        })
      : { flagged: [], audit: { after: null, relatedIds: [] } };
    await recordAuditEvent(tx, {
      actor: { id: user.id, label: user.email },
      action: "organisation.fact_withdrawn",
      subjectType: "OrganisationFact",
      subjectId: fact.id,
      before: { conditionKey: fact.conditionKey, met: fact.met, evidenceReference: fact.evidenceReference, withdrawnAt: null },
      after: { conditionKey: fact.conditionKey, withdrawnAt, reason: input.reason, ...reReview.audit.after },
      relatedIds: reReview.audit.relatedIds,
    });
    return { flaggedApprovals: reReview.flagged.length };
  });
}

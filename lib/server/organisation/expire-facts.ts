import "server-only";
import type { PrismaClient } from "@/lib/server/db/client";
import { ORGANISATION_CONDITIONS, isOrganisationConditionKey } from "@/lib/licensing/organisation-conditions";
import { markApprovalsForReReview } from "@/lib/server/approvals/mark-for-re-review";
import { recordAuditEvent, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { factIdsOfCondition, ORGANISATION_FACT_LOCK_KEY } from "@/lib/server/organisation/fact-lock";

export interface FactExpiryOutcome {
  factId: string;
  conditionKey: string;
  flaggedApprovals: number;
}

/**
 * A fact past its review-by date no longer meets its condition (reads see that at once); this job
 * (`npm run jobs:expire`) also flags the approvals that relied on it, once per fact, each in its own
 * transaction with one audit event. Safe to run from several instances at once.
 */
export async function expireDueOrganisationFacts(prisma: PrismaClient, now = new Date()): Promise<FactExpiryOutcome[]> {
  const latest = await prisma.organisationFact.findMany({
    distinct: ["conditionKey"],
    orderBy: [{ conditionKey: "asc" }, { recordedAt: "desc" }, { id: "desc" }],
    select: { id: true, conditionKey: true, met: true, reviewBy: true, withdrawnAt: true, expiryHandledAt: true },
  });
  const due = latest.filter((fact) => fact.met && fact.withdrawnAt === null && fact.expiryHandledAt === null && fact.reviewBy <= now);
  const outcomes: FactExpiryOutcome[] = [];
  for (const fact of due) {
    const outcome = await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${ORGANISATION_FACT_LOCK_KEY})`;
      const { count } = await tx.organisationFact.updateMany({
        where: { id: fact.id, expiryHandledAt: null, withdrawnAt: null },
        data: { expiryHandledAt: now },
      });
      if (count === 0) return null;
      const label = isOrganisationConditionKey(fact.conditionKey) ? ORGANISATION_CONDITIONS[fact.conditionKey].label : fact.conditionKey;
      const reReview = await markApprovalsForReReview(tx, {
        organisationFactIds: await factIdsOfCondition(tx, fact.conditionKey),
        reason: `The organisation's answer to “${label}” passed its review-by date (${fact.reviewBy.toISOString().slice(0, 10)}).`,
      });
      await recordAuditEvent(tx, {
        actor: SYSTEM_ACTOR,
        action: "organisation.fact_expired",
        subjectType: "OrganisationFact",
        subjectId: fact.id,
        before: { conditionKey: fact.conditionKey, reviewBy: fact.reviewBy },
        after: { conditionKey: fact.conditionKey, expiredAt: now, ...reReview.audit.after },
        relatedIds: reReview.audit.relatedIds,
      });
      return { factId: fact.id, conditionKey: fact.conditionKey, flaggedApprovals: reReview.flagged.length };
    });
    if (outcome) outcomes.push(outcome);
  }
  return outcomes;
}

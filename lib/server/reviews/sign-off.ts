import "server-only";
import { canSignOffAsLegal, canSignOffAsTechnical, type Actor } from "@/lib/policy/capabilities";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/generated/prisma/client";
import { createApproval } from "@/lib/server/approvals/grant-approval";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, ForbiddenError, ValidationError } from "@/lib/server/errors";
import { loadLineageFacts } from "@/lib/server/licensing/effective-terms";
import { notifyUser } from "@/lib/server/notifications/notify";
import { assertRevision, CONFLICT_MESSAGE, guardedTransition, loadRequestFacts, type RequestFacts } from "@/lib/server/reviews/transition";
import { computeEffectiveTerms, type EffectiveTerms } from "@/lib/licensing/effective-terms";
import { toEffectiveTermsSnapshot } from "@/lib/licensing/snapshot";
import { INTENDED_USE_LABELS, type IntendedUse } from "@/lib/licensing/vocabulary";
import { combineApprovalProposals, type ApproverProposal } from "@/lib/reviews/approval-proposal";
import { CAPACITY_LABELS, decideSignOff, otherCapacity, type ReviewStatus, type SignOffOutcome } from "@/lib/reviews/review-state";
import { usesNeedingWaiver, type ProposedWaiver } from "@/lib/reviews/waiver";
import { describeUseTerm, refusalMessage } from "@/lib/licensing/use-reasons";
import { storedWaiversSchema, toProposedWaivers, type SignOffInput } from "@/lib/schemas/review";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

export interface SignOffResult {
  status: ReviewStatus;
  signOffId: string;
  /** The standing approval, when this sign-off completed the request. */
  approvalId: string | null;
}

const roundSignOffSelect = {
  reviewerId: true,
  capacity: true,
  decision: true,
  round: true,
  conditions: true,
  reviewBy: true,
  scopeAllTeams: true,
  waivers: true,
} satisfies Prisma.SignOffSelect;

type RoundSignOff = Prisma.SignOffGetPayload<{ select: typeof roundSignOffSelect }>;

/**
 * A reviewer's decision in one capacity. The policy is asked first (role, separation of duties);
 * then, in one transaction: the state machine decides, a guarded update moves the request on
 * (a concurrent sign-off makes it match nothing: a conflict, nothing written), the sign-off row is
 * inserted (the database's unique (request, round, capacity) refuses a second one), the second
 * APPROVE grants the standing approval, and the action's one audit event and the notifications
 * are written.
 */
export async function signOff(actor: Actor, input: SignOffInput, db: PrismaClient = prisma): Promise<SignOffResult> {
  const request = await loadRequestFacts(db, input.requestId);
  const policyFacts = { submitterId: request.submitterId, teamId: request.teamId, status: request.status };
  assertAllowed(input.capacity === "LEGAL" ? canSignOffAsLegal(actor, policyFacts) : canSignOffAsTechnical(actor, policyFacts));
  const auditActor = auditActorOf(actor);

  return db.$transaction(async (tx) => {
    const current = await loadRequestFacts(tx, input.requestId);
    assertRevision(current, input.revision);
    const roundSignOffs = await tx.signOff.findMany({ where: { requestId: current.id, round: current.round }, select: roundSignOffSelect });
    const outcome = decideSignOff(current, roundSignOffs, {
      reviewerId: actor.id,
      capacity: input.capacity,
      decision: input.decision,
      comment: input.comment,
    });
    if (!outcome.ok) throw refusalError(outcome);

    const lineage = await loadLineageFacts(tx, current.versionId);
    if (!lineage) throw new ConflictError("The checkpoint version of this request no longer exists.");
    const terms = computeEffectiveTerms(lineage.input);
    const approving = input.decision === "APPROVE";
    const waivers = approving && input.capacity === "LEGAL" ? toProposedWaivers(input.waivers) : [];
    if (approving && input.capacity === "LEGAL") assertWaiversCover(terms, current.requestedUses, waivers);

    const now = new Date();
    await guardedTransition(tx, current, {
      status: outcome.nextStatus,
      ...(outcome.nextStatus === "APPROVED" || outcome.nextStatus === "REJECTED" ? { decidedAt: now } : {}),
    });
    const signOffId = await insertSignOff(tx, {
      requestId: current.id,
      reviewerId: actor.id,
      capacity: input.capacity,
      decision: input.decision,
      comment: input.comment,
      round: current.round,
      effectiveTerms: toEffectiveTermsSnapshot(terms) as unknown as Prisma.InputJsonValue,
      conditions: approving ? input.conditions : [],
      reviewBy: approving ? input.reviewBy : null,
      scopeAllTeams: approving && input.capacity === "LEGAL" ? input.scopeAllTeams : false,
      waivers: waivers as unknown as Prisma.InputJsonValue,
    });
    const signOffFacts = {
      signOffId,
      capacity: input.capacity,
      decision: input.decision,
      comment: input.comment,
      round: current.round,
      ...(approving ? { conditions: input.conditions, reviewBy: input.reviewBy, scopeAllTeams: input.scopeAllTeams, waivers } : {}),
    };

    let approvalId: string | null = null;
    if (outcome.completesApproval) {
      const other = roundSignOffs.find((signOff) => signOff.capacity === otherCapacity(input.capacity))!;
      const mine: ApproverProposal = { conditions: input.conditions, reviewBy: input.reviewBy, scopeAllTeams: input.scopeAllTeams, waivers };
      const proposals =
        input.capacity === "LEGAL"
          ? { legal: mine, legalReviewerId: actor.id, technical: proposalOf(other) }
          : { legal: proposalOf(other), legalReviewerId: other.reviewerId, technical: mine };
      const granted = await createFinalApproval(tx, current, proposals, now);
      approvalId = granted.approvalId;
      // The action's one audit event: the approval it granted, with the sign-off and the request's transition.
      await recordAuditEvent(tx, {
        actor: auditActor,
        action: "approval.granted",
        subjectType: "Approval",
        subjectId: granted.approvalId,
        teamId: current.teamId,
        after: {
          ...granted.facts,
          signOff: signOffFacts,
          reviewRequest: { status: outcome.nextStatus, statusBefore: current.status, revision: current.revision },
        },
        relatedIds: [current.id, signOffId],
      });
    } else {
      await syncVersionSummaries(tx, [current.versionId]);
      // One event per sign-off: `review.signed_off` while the request stays open, else the transition it caused.
      await recordAuditEvent(tx, {
        actor: auditActor,
        action: outcome.transition ?? "review.signed_off",
        subjectType: "ReviewRequest",
        subjectId: current.id,
        teamId: current.teamId,
        before: { status: current.status, revision: current.revision },
        after: { ...signOffFacts, status: outcome.nextStatus },
        relatedIds: [signOffId],
      });
    }
    if (outcome.nextStatus === "APPROVED" || outcome.nextStatus === "REJECTED") {
      await enqueueWebhookEvent(tx, "review.decided", {
        requestId: current.id,
        versionId: current.versionId,
        teamId: current.teamId,
        status: outcome.nextStatus,
        approvalId,
      });
    }
    await notifyUser(tx, current.submitterId, submitterNotice(current, input, outcome.nextStatus));
    return { status: outcome.nextStatus, signOffId, approvalId };
  });
}

async function createFinalApproval(
  tx: TransactionClient,
  request: RequestFacts,
  proposals: { legal: ApproverProposal; legalReviewerId: string; technical: ApproverProposal },
  now: Date,
) {
  const combined = combineApprovalProposals(proposals.legal, proposals.technical, { teamId: request.teamId, now });
  return createApproval(tx, {
    versionId: request.versionId,
    requestId: request.id,
    teamId: combined.teamId,
    uses: request.requestedUses,
    conditions: combined.conditions,
    reviewBy: combined.reviewBy,
    waivers: combined.waivers.map((waiver) => ({ ...waiver, expiresAt: new Date(waiver.expiresAt), grantedById: proposals.legalReviewerId })),
  });
}

function proposalOf(signOff: RoundSignOff): ApproverProposal {
  const waivers = storedWaiversSchema.safeParse(signOff.waivers);
  if (!waivers.success) throw new Error(`SignOff waivers of reviewer ${signOff.reviewerId} are not in the stored shape`);
  return { conditions: signOff.conditions, reviewBy: signOff.reviewBy, scopeAllTeams: signOff.scopeAllTeams, waivers: waivers.data };
}

/** The legal APPROVE must carry a waiver for every requested use the effective terms do not allow, and no other. */
function assertWaiversCover(terms: EffectiveTerms, requestedUses: readonly IntendedUse[], waivers: readonly ProposedWaiver[]): void {
  const needed = usesNeedingWaiver(terms, requestedUses);
  const fieldErrors: Record<string, string[]> = {};
  const missing = needed.filter((use) => !waivers.some((waiver) => waiver.use === use));
  for (const use of missing) {
    fieldErrors[`waivers.${use}`] = [`${describeUseTerm(terms.uses[use])}: approve it only with a waiver.`];
  }
  for (const waiver of waivers) {
    if (!requestedUses.includes(waiver.use)) fieldErrors[`waivers.${waiver.use}`] = ["This use was not requested."];
    else if (!needed.includes(waiver.use)) fieldErrors[`waivers.${waiver.use}`] = ["This use is allowed by the effective terms: it needs no waiver."];
  }
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(refusalMessage(missing.map((use) => terms.uses[use])), fieldErrors);
}

async function insertSignOff(tx: TransactionClient, data: Prisma.SignOffUncheckedCreateInput): Promise<string> {
  try {
    const created = await tx.signOff.create({ data, select: { id: true } });
    return created.id;
  } catch (error) {
    // The unique (request, round, capacity) is the database's own guard against a double sign-off.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError(CONFLICT_MESSAGE);
    throw error;
  }
}

function refusalError(outcome: Extract<SignOffOutcome, { ok: false }>): Error {
  switch (outcome.refusal) {
    case "OWN_REQUEST":
    case "SAME_REVIEWER_BOTH_CAPACITIES":
      return new ForbiddenError(outcome.reason);
    case "COMMENT_REQUIRED":
      return new ValidationError(outcome.reason, { comment: [outcome.reason] });
    case "NOT_REVIEWABLE":
    case "CAPACITY_ALREADY_SIGNED":
      return new ConflictError(outcome.reason);
  }
}

function submitterNotice(request: RequestFacts, input: SignOffInput, status: ReviewStatus) {
  const link = `/reviews/${request.id}`;
  const who = `${CAPACITY_LABELS[input.capacity]} review`;
  switch (status) {
    case "APPROVED":
      return {
        kind: "review.approved",
        title: `${request.versionName} is approved`,
        body: `Approved for ${request.requestedUses.map((use) => INTENDED_USE_LABELS[use]).join(", ")}.`,
        link,
      };
    case "REJECTED":
      return { kind: "review.rejected", title: `${request.versionName} was rejected`, body: `${who}: ${input.comment ?? ""}`.trim(), link };
    case "CHANGES_REQUESTED":
      return { kind: "review.changes_requested", title: `Changes requested on ${request.versionName}`, body: `${who}: ${input.comment ?? ""}`.trim(), link };
    default:
      return { kind: "review.signed_off", title: `${who} approved ${request.versionName}`, body: "The other review is still to come.", link };
  }
}

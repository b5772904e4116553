import "server-only";
import type { TransactionClient } from "@/lib/server/db/client";
import type { Prisma, WaiverReason } from "@/lib/server/generated/prisma/client";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { ValidationError } from "@/lib/server/errors";
import { loadLineageFacts } from "@/lib/server/licensing/effective-terms";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import { toEffectiveTermsSnapshot } from "@/lib/licensing/snapshot";
import { describeUseTerm, refusalMessage } from "@/lib/licensing/use-reasons";
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

export interface WaiverInput {
  use: IntendedUse;
  reason: WaiverReason;
  /** Contract or document reference, e.g. the purchased licence's contract number. */
  reference?: string | null;
  comment: string;
  expiresAt: Date;
  grantedById: string;
}

export interface GrantApprovalInput {
  versionId: string;
  requestId?: string | null;
  /** null: approved for every team. */
  teamId?: string | null;
  uses: IntendedUse[];
  /** Conditions the reviewers attach, beyond those the license layers impose. */
  conditions?: string[];
  reviewBy: Date;
  waivers?: WaiverInput[];
}

const NEEDS_WAIVER = new Set(["FORBIDDEN", "UNKNOWN"]);

/** What an `approval.granted` audit event records about the approval. */
export interface GrantedApprovalFacts {
  versionId: string;
  reviewRequestId: string | null;
  teamId: string | null;
  uses: { use: IntendedUse; statusAtApproval: string }[];
  conditions: string[];
  reviewBy: Date;
  waivers: { use: IntendedUse; reason: WaiverReason; reference: string | null; expiresAt: Date }[];
  licenseVersionIds: string[];
}

/**
 * Creates the standing Approval for a version, inside the caller's transaction: it computes the
 * effective terms now, refuses a FORBIDDEN or UNKNOWN use that has no waiver, and records the
 * license versions, creator-terms revisions and effective-terms snapshot it relied on. It writes no
 * audit event: the action that grants it records one (a deciding sign-off records the approval in
 * its own event; grantApproval records `approval.granted`).
 */
export async function createApproval(tx: TransactionClient, input: GrantApprovalInput): Promise<{ approvalId: string; facts: GrantedApprovalFacts }> {
  const lineage = await loadLineageFacts(tx, input.versionId);
  if (!lineage) throw new ValidationError("The checkpoint version no longer exists.");
  const terms = computeEffectiveTerms(lineage.input);
  const uses = [...new Set(input.uses)];
  if (uses.length === 0) throw new ValidationError("Choose at least one use to approve.", { uses: ["Choose at least one use."] });

  const waivers = input.waivers ?? [];
  const fieldErrors: Record<string, string[]> = {};
  const missing = uses.filter((use) => NEEDS_WAIVER.has(terms.uses[use].status) && !waivers.some((waiver) => waiver.use === use));
  for (const use of missing) {
    fieldErrors[`waivers.${use}`] = [`${describeUseTerm(terms.uses[use])}: it can be approved only with a waiver.`];
  }
  for (const waiver of waivers) {
    if (!uses.includes(waiver.use)) fieldErrors[`waivers.${waiver.use}`] = ["A waiver must belong to a use being approved."];
    if (waiver.expiresAt <= new Date()) fieldErrors[`waivers.${waiver.use}`] = ["A waiver's expiry must be in the future."];
  }
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError(refusalMessage(missing.map((use) => terms.uses[use])), fieldErrors);

  const approval = await tx.approval.create({
    data: {
      versionId: input.versionId,
      requestId: input.requestId ?? null,
      teamId: input.teamId ?? null,
      conditions: input.conditions ?? [],
      reviewBy: input.reviewBy,
      effectiveTerms: toEffectiveTermsSnapshot(terms) as unknown as Prisma.InputJsonValue,
      creatorTermsRevisions: lineage.creatorTermsRevisions,
      uses: {
        create: uses.map((use) => ({
          use,
          statusAtApproval: terms.uses[use].status,
          condition: terms.uses[use].conditions.length > 0 ? terms.uses[use].conditions.join("; ") : null,
        })),
      },
      licenses: { create: terms.licenseVersionIds.map((licenseVersionId) => ({ licenseVersionId })) },
      waivers: {
        create: waivers.map((waiver) => ({
          use: waiver.use,
          reason: waiver.reason,
          reference: waiver.reference ?? null,
          comment: waiver.comment,
          expiresAt: waiver.expiresAt,
          grantedById: waiver.grantedById,
        })),
      },
    },
    select: { id: true },
  });

  await syncVersionSummaries(tx, [input.versionId]);
  await enqueueWebhookEvent(tx, "approval.granted", {
    approvalId: approval.id,
    versionId: input.versionId,
    teamId: input.teamId ?? null,
    requestId: input.requestId ?? null,
    uses,
    reviewBy: input.reviewBy.toISOString(),
  });
  return {
    approvalId: approval.id,
    facts: {
      versionId: input.versionId,
      reviewRequestId: input.requestId ?? null,
      teamId: input.teamId ?? null,
      uses: uses.map((use) => ({ use, statusAtApproval: terms.uses[use].status })),
      conditions: input.conditions ?? [],
      reviewBy: input.reviewBy,
      waivers: waivers.map(({ use, reason, reference, expiresAt }) => ({ use, reason, reference: reference ?? null, expiresAt })),
      licenseVersionIds: terms.licenseVersionIds,
    },
  };
}

/** An approval granted outside a review (the seed, fixtures): createApproval plus its `approval.granted` event. */
export async function grantApproval(tx: TransactionClient, actor: AuditActor, input: GrantApprovalInput): Promise<{ approvalId: string }> {
  const { approvalId, facts } = await createApproval(tx, input);
  await recordAuditEvent(tx, {
    actor,
    action: "approval.granted",
    subjectType: "Approval",
    subjectId: approvalId,
    teamId: facts.teamId,
    after: facts,
    relatedIds: facts.reviewRequestId ? [facts.reviewRequestId] : [],
  });
  return { approvalId };
}

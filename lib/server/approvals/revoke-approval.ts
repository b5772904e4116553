import "server-only";
import { canRevokeApproval, type Actor } from "@/lib/policy/capabilities";
import type { RevokeApprovalInput } from "@/lib/schemas/approval";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, NotFoundError } from "@/lib/server/errors";
import { notifyUser } from "@/lib/server/notifications/notify";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

/**
 * Revokes a standing approval (ACTIVE or NEEDS_REVIEW) with a reason: a guarded update, its audit
 * event, the browse read model refreshed, and the submitter of the request told — one transaction.
 */
export async function revokeApproval(actor: Actor, input: RevokeApprovalInput, db: PrismaClient = prisma): Promise<{ versionId: string }> {
  assertAllowed(canRevokeApproval(actor));
  return db.$transaction(async (tx) => {
    const approval = await tx.approval.findUnique({
      where: { id: input.approvalId },
      select: {
        id: true,
        status: true,
        revision: true,
        versionId: true,
        teamId: true,
        request: { select: { submitterId: true } },
        version: { select: { version: true, checkpoint: { select: { name: true } } } },
      },
    });
    if (!approval) throw new NotFoundError("This approval does not exist.");
    if (approval.status !== "ACTIVE" && approval.status !== "NEEDS_REVIEW") {
      throw new ConflictError(`This approval is already ${approval.status.toLowerCase()}.`);
    }
    const now = new Date();
    const { count } = await tx.approval.updateMany({
      where: { id: approval.id, status: approval.status, revision: approval.revision },
      data: { status: "REVOKED", revokedAt: now, revokedReason: input.reason, revokedById: actor.id, revision: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Someone else changed this approval meanwhile; reload the page.");
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "approval.revoked",
      subjectType: "Approval",
      subjectId: approval.id,
      teamId: approval.teamId,
      before: { status: approval.status, revision: approval.revision },
      after: { status: "REVOKED", revision: approval.revision + 1, reason: input.reason, versionId: approval.versionId },
    });
    await enqueueWebhookEvent(tx, "approval.revoked", {
      approvalId: approval.id,
      versionId: approval.versionId,
      teamId: approval.teamId,
      reason: input.reason,
    });
    if (approval.request && approval.request.submitterId !== actor.id) {
      await notifyUser(tx, approval.request.submitterId, {
        kind: "approval.revoked",
        title: `Approval of ${approval.version.checkpoint.name} ${approval.version.version} revoked`,
        body: input.reason,
        link: `/checkpoints/${approval.versionId}`,
      });
    }
    await syncVersionSummaries(tx, [approval.versionId]);
    return { versionId: approval.versionId };
  });
}

import "server-only";
import type { PrismaClient } from "@/lib/server/db/client";
import { readApprovalState } from "@/lib/approvals/approval-state";
import { recordAuditEvent, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

export interface ExpiryOutcome {
  approvalId: string;
  reasons: string[];
}

/**
 * Records as EXPIRED every approval whose review-by date or one of whose waivers has passed.
 * Reads already treat such approvals as expired (lib/approvals/approval-state.ts); this job makes
 * the transition a stored fact with its audit event. Each approval moves in its own transaction
 * through a guarded update, so several instances may run the job at once: the second one to reach
 * an approval finds it already moved and leaves it alone.
 */
export async function expireDueApprovals(prisma: PrismaClient, now = new Date()): Promise<ExpiryOutcome[]> {
  const due = await prisma.approval.findMany({
    where: {
      status: { in: ["ACTIVE", "NEEDS_REVIEW"] },
      OR: [{ reviewBy: { lte: now } }, { waivers: { some: { expiresAt: { lte: now } } } }],
    },
    select: { id: true, status: true, revision: true, reviewBy: true, teamId: true, versionId: true, waivers: { select: { use: true, expiresAt: true } } },
    orderBy: { reviewBy: "asc" },
  });

  const outcomes: ExpiryOutcome[] = [];
  for (const approval of due) {
    const { reasons } = readApprovalState(approval, now);
    const moved = await prisma.$transaction(async (tx) => {
      const { count } = await tx.approval.updateMany({
        where: { id: approval.id, status: approval.status, revision: approval.revision },
        data: { status: "EXPIRED", revision: { increment: 1 } },
      });
      if (count === 0) return false;
      await recordAuditEvent(tx, {
        actor: SYSTEM_ACTOR,
        action: "approval.expired",
        subjectType: "Approval",
        subjectId: approval.id,
        teamId: approval.teamId,
        before: { status: approval.status },
        after: { status: "EXPIRED", reasons },
      });
      await enqueueWebhookEvent(tx, "approval.expired", { approvalId: approval.id, versionId: approval.versionId, teamId: approval.teamId, reasons });
      return true;
    });
    if (moved) outcomes.push({ approvalId: approval.id, reasons });
  }
  return outcomes;
}

import "server-only";
import type { TransactionClient } from "@/lib/server/db/client";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { notifyReviewers } from "@/lib/server/notifications/notify";
import { descendantIds } from "@/lib/server/licensing/effective-terms";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

export interface ReReviewScope {
  /** Licenses that got a new revision: every approval that relied on any version of them. */
  licenseIds?: readonly string[];
  /** Versions whose lineage, license layers, creator terms or identity changed. */
  versionIds?: readonly string[];
  /**
   * Whether approvals of the versions' descendants are affected too (default true): terms flow
   * down the lineage. False for a change only the version itself answers for, such as its file hash.
   */
  includeDescendants?: boolean;
  /** Organisation facts withdrawn or expired: every approval whose effective terms relied on one of them. */
  organisationFactIds?: readonly string[];
  /** Shown on the approval and recorded in the audit event, e.g. "New revision 2 of CreativeML Open RAIL++-M". */
  reason: string;
}

export interface FlaggedApproval {
  approvalId: string;
  versionId: string;
  teamId: string | null;
  /** The approval's revision after the flag. */
  revision: number;
}

/**
 * Flags NEEDS_REVIEW every ACTIVE approval (not yet past its review-by date) that relied on the
 * changed facts, inside the caller's transaction, notifies the reviewers, and refreshes the browse
 * summaries of the versions concerned (pass `sync: false` when the caller syncs those versions
 * itself). It writes no audit event: `audit` is what the caller's own event adds about the flags.
 *
 * An approval relied on a license when it recorded one of its versions (ApprovalLicense: the
 * licenses of the whole lineage at the time), or when its version or an ancestor declares the
 * license now. So a new revision of SDXL's license flags the approvals of Pony and Illustrious too.
 *
 * Each flag is a guarded update (status ACTIVE and the revision read): an approval revoked or
 * flagged by a concurrent transaction is left as that transaction made it.
 */
export async function markApprovalsForReReview(tx: TransactionClient, scope: ReReviewScope, options: { sync?: boolean } = {}): Promise<ReReviewOutcome> {
  const now = new Date();
  const candidates = await findApprovalsRelyingOn(tx, scope, now);

  const flagged: FlaggedApproval[] = [];
  for (const approval of candidates) {
    const { count } = await tx.approval.updateMany({
      where: { id: approval.id, status: "ACTIVE", revision: approval.revision },
      data: { status: "NEEDS_REVIEW", needsReviewReason: scope.reason, needsReviewSince: now, revision: { increment: 1 } },
    });
    if (count === 0) continue;
    flagged.push({ approvalId: approval.id, versionId: approval.versionId, teamId: approval.teamId, revision: approval.revision + 1 });
    await enqueueWebhookEvent(tx, "approval.needs_review", {
      approvalId: approval.id,
      versionId: approval.versionId,
      teamId: approval.teamId,
      reason: scope.reason,
    });
  }
  if (flagged.length > 0) {
    // Reviewers hear about it in the same transaction: an approval cannot be flagged silently.
    await notifyReviewers(tx, ["LEGAL", "TECHNICAL"], [], {
      kind: "approval.needs_review",
      title: flagged.length === 1 ? "An approval needs review" : `${flagged.length} approvals need review`,
      body: scope.reason,
      link: flagged.length === 1 ? `/checkpoints/${flagged[0]!.versionId}` : "/?status=NEEDS_REVIEW",
    });
  }
  if (options.sync !== false && flagged.length > 0) {
    await syncVersionSummaries(tx, [...new Set(flagged.map((approval) => approval.versionId))]);
  }
  return { flagged, audit: flaggedApprovalsAudit(flagged, scope.reason) };
}

export interface ReReviewOutcome {
  flagged: FlaggedApproval[];
  /**
   * What the triggering action's one audit event adds about the approvals it flagged: the list and
   * the reason for its `after` (null when none was), and their ids (and their teams' ids) as
   * related ids so each approval's history finds the event.
   */
  audit: { after: Record<string, unknown> | null; relatedIds: string[] };
}

/** The outcome of a change that puts nothing up for re-review. */
export const NOTHING_FLAGGED: ReReviewOutcome = { flagged: [], audit: { after: null, relatedIds: [] } };

function flaggedApprovalsAudit(flagged: readonly FlaggedApproval[], reason: string): ReReviewOutcome["audit"] {
  if (flagged.length === 0) return NOTHING_FLAGGED.audit;
  return {
    after: {
      flaggedApprovals: flagged.map(({ approvalId, versionId, teamId, revision }) => ({ approvalId, versionId, teamId, revision })),
      reReviewReason: reason,
    },
    // The approvals' teams too: the audit trail's team filter finds the flag of a team's approval.
    relatedIds: [...flagged.map((approval) => approval.approvalId), ...flagged.flatMap((approval) => (approval.teamId ? [approval.teamId] : []))],
  };
}

type Db = Pick<TransactionClient, "versionLicense" | "approval" | "$queryRaw">;

/**
 * The ACTIVE approvals (not yet past review-by) that relied on the facts in `scope`: approvals of
 * the versions named, of versions declaring the licenses, of their descendants, and approvals that
 * recorded a version of one of the licenses. Read-only: the dry run uses it too.
 */
export async function findApprovalsRelyingOn(db: Db, scope: Omit<ReReviewScope, "reason">, now = new Date()) {
  const licenseIds = [...new Set(scope.licenseIds ?? [])];
  let versionIds = [...new Set(scope.versionIds ?? [])];
  if (licenseIds.length > 0) {
    const declaring = await db.versionLicense.findMany({ where: { licenseId: { in: licenseIds } }, select: { versionId: true } });
    const declaringIds = [...new Set(declaring.map((row) => row.versionId))];
    versionIds = [...new Set([...versionIds, ...declaringIds, ...(await descendantIds(db as TransactionClient, declaringIds))])];
  }
  if (scope.includeDescendants !== false && scope.versionIds && scope.versionIds.length > 0) {
    versionIds = [...new Set([...versionIds, ...(await descendantIds(db as TransactionClient, [...scope.versionIds]))])];
  }
  const factIds = [...new Set(scope.organisationFactIds ?? [])];
  // The effective-terms snapshot lists the facts that met its conditions (organisationFactIds).
  const relyingOnFacts =
    factIds.length > 0
      ? (
          await db.$queryRaw<{ id: string }[]>`
            SELECT id::text AS id FROM "Approval"
            WHERE status = 'ACTIVE' AND jsonb_exists_any("effectiveTerms"->'organisationFactIds', ${factIds}::text[])`
        ).map((row) => row.id)
      : [];
  if (versionIds.length === 0 && licenseIds.length === 0 && relyingOnFacts.length === 0) return [];
  return db.approval.findMany({
    where: {
      status: "ACTIVE",
      reviewBy: { gt: now },
      OR: [
        ...(versionIds.length > 0 ? [{ versionId: { in: versionIds } }] : []),
        ...(licenseIds.length > 0 ? [{ licenses: { some: { licenseVersion: { licenseId: { in: licenseIds } } } } }] : []),
        ...(relyingOnFacts.length > 0 ? [{ id: { in: relyingOnFacts } }] : []),
      ],
    },
    select: { id: true, versionId: true, teamId: true, revision: true, requestId: true },
    orderBy: { id: "asc" },
  });
}

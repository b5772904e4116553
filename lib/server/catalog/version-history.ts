import "server-only";
import { auditActionName } from "@/lib/audit/actions";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";

type Db = PrismaClient | TransactionClient;

export interface HistoryEvent {
  id: string;
  createdAt: Date;
  actorLabel: string;
  action: string;
  subjectType: string;
  before: unknown;
  after: unknown;
}

export const HISTORY_LIMIT = 25;

/**
 * Audit events about a version: the version itself, its creator terms, its approvals and review
 * requests, and the lineage edges that name it as parent or child (including removed ones, found
 * through the edge recorded in the event), and events of other subjects that changed one of those
 * too (a license revision that flagged its approval, a submission that created it). Newest first, at most HISTORY_LIMIT; `more` says
 * whether older ones exist (the audit trail has them all).
 */
export async function loadVersionHistory(
  db: Db,
  versionId: string,
  related: { approvalIds: string[]; requestIds: string[]; edgeIds: string[] },
): Promise<{ events: HistoryEvent[]; more: boolean }> {
  const rows = await db.$queryRaw<(Omit<HistoryEvent, "id"> & { id: bigint })[]>`
    SELECT id, "createdAt", "actorLabel", action, "subjectType", before, after FROM "AuditEvent"
    WHERE ("subjectType" IN ('CheckpointVersion', 'CreatorTerms') AND "subjectId" = ${versionId})
       OR ("subjectType" = 'Approval' AND "subjectId" = ANY(${related.approvalIds}::text[]))
       OR ("subjectType" = 'ReviewRequest' AND "subjectId" = ANY(${related.requestIds}::text[]))
       OR ("subjectType" = 'LineageEdge' AND ("subjectId" = ANY(${related.edgeIds}::text[])
            OR before->>'childId' = ${versionId} OR before->>'parentId' = ${versionId}
            OR after->>'childId' = ${versionId} OR after->>'parentId' = ${versionId}))
       OR "relatedIds" && ${[versionId, ...related.approvalIds, ...related.requestIds, ...related.edgeIds]}::text[]
    ORDER BY id DESC
    LIMIT ${HISTORY_LIMIT + 1}`;
  return {
    events: rows.slice(0, HISTORY_LIMIT).map((row) => ({ ...row, id: row.id.toString(), action: auditActionName(row.action) })),
    more: rows.length > HISTORY_LIMIT,
  };
}

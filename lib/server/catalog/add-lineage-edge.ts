import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { AddLineageEdgeInput } from "@/lib/schemas/catalog";
import { markApprovalsForReReview } from "@/lib/server/approvals/mark-for-re-review";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit, LINEAGE_LOCK_KEY } from "@/lib/server/catalog/catalog-editor";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";

/**
 * Records that `childId` derives from `parentId`. Refuses an edge that would close a cycle, checked
 * with a recursive query inside the transaction under the lineage lock. The child's effective terms
 * and those of all its descendants change, so their approvals are flagged for re-review.
 */
export async function addLineageEdge(
  actor: Actor,
  input: AddLineageEdgeInput,
  db: PrismaClient = prisma,
): Promise<{ edgeId: string; flaggedApprovals: number }> {
  const auditActor = authorizeCatalogEdit(actor);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${LINEAGE_LOCK_KEY})`;
    const versions = await tx.checkpointVersion.findMany({
      where: { id: { in: [input.parentId, input.childId] } },
      select: { id: true, version: true, checkpoint: { select: { name: true } } },
    });
    const nameOf = (id: string) => {
      const version = versions.find((candidate) => candidate.id === id);
      return version ? `${version.checkpoint.name} ${version.version}` : null;
    };
    const childName = nameOf(input.childId);
    const parentName = nameOf(input.parentId);
    if (!childName) throw new NotFoundError("This version no longer exists.");
    if (!parentName) throw new ValidationError("Choose a parent version from the catalog.", { parentId: ["Choose a parent version from the catalog."] });
    if (input.parentId === input.childId) {
      throw new ValidationError("A version cannot be its own parent.", { parentId: ["A version cannot be its own parent."] });
    }
    if (await tx.lineageEdge.findUnique({ where: { parentId_childId: { parentId: input.parentId, childId: input.childId } }, select: { id: true } })) {
      throw new ConflictError(`${parentName} is already a parent of ${childName}.`, { parentId: [`${parentName} is already a parent of this version.`] });
    }
    if (await reaches(tx, input.childId, input.parentId)) {
      const message = `${parentName} already derives from ${childName}: making it a parent as well would create a cycle in the lineage.`;
      throw new ValidationError(message, { parentId: [message] });
    }

    const edge = await tx.lineageEdge.create({
      data: { parentId: input.parentId, childId: input.childId, relation: input.relation, weight: input.weight },
      select: { id: true },
    });
    const reReview = await markApprovalsForReReview(
      tx,
      { versionIds: [input.childId], reason: `Lineage changed: ${parentName} added as a parent of ${childName}.` },
      { sync: false },
    );
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "lineage.edge_added",
      subjectType: "LineageEdge",
      subjectId: edge.id,
      before: null,
      after: {
        parentId: input.parentId,
        childId: input.childId,
        parent: parentName,
        child: childName,
        relation: input.relation,
        weight: input.weight,
        ...reReview.audit.after,
      },
      relatedIds: reReview.audit.relatedIds,
    });
    await syncVersionSummaries(tx, [input.childId], { descendants: true });
    return { edgeId: edge.id, flaggedApprovals: reReview.flagged.length };
  });
}

/** Whether `to` is `from` or one of its descendants: then to -> from would close a cycle. */
export async function reaches(tx: TransactionClient, from: string, to: string): Promise<boolean> {
  if (from === to) return true;
  const rows = await tx.$queryRaw<{ found: number }[]>`
    WITH RECURSIVE descendants(id) AS (
      SELECT "childId" FROM "LineageEdge" WHERE "parentId" = ${from}::uuid
      UNION
      SELECT e."childId" FROM "LineageEdge" e JOIN descendants d ON e."parentId" = d.id
    )
    SELECT 1 AS found FROM descendants WHERE id = ${to}::uuid LIMIT 1`;
  return rows.length > 0;
}

import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import { markApprovalsForReReview } from "@/lib/server/approvals/mark-for-re-review";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit, LINEAGE_LOCK_KEY } from "@/lib/server/catalog/catalog-editor";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { NotFoundError } from "@/lib/server/errors";

export async function removeLineageEdge(
  actor: Actor,
  input: { edgeId: string },
  db: PrismaClient = prisma,
): Promise<{ childId: string; flaggedApprovals: number }> {
  const auditActor = authorizeCatalogEdit(actor);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${LINEAGE_LOCK_KEY})`;
    const edge = await tx.lineageEdge.findUnique({
      where: { id: input.edgeId },
      select: {
        parentId: true,
        childId: true,
        relation: true,
        weight: true,
        parent: { select: { version: true, checkpoint: { select: { name: true } } } },
        child: { select: { version: true, checkpoint: { select: { name: true } } } },
      },
    });
    if (!edge) throw new NotFoundError("This lineage edge was already removed.");
    const { count } = await tx.lineageEdge.deleteMany({ where: { id: input.edgeId } });
    if (count === 0) throw new NotFoundError("This lineage edge was already removed.");

    const parentName = `${edge.parent.checkpoint.name} ${edge.parent.version}`;
    const childName = `${edge.child.checkpoint.name} ${edge.child.version}`;
    const reReview = await markApprovalsForReReview(
      tx,
      { versionIds: [edge.childId], reason: `Lineage changed: ${parentName} removed as a parent of ${childName}.` },
      { sync: false },
    );
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "lineage.edge_removed",
      subjectType: "LineageEdge",
      subjectId: input.edgeId,
      before: { parentId: edge.parentId, childId: edge.childId, parent: parentName, child: childName, relation: edge.relation, weight: edge.weight },
      after: reReview.audit.after,
      relatedIds: reReview.audit.relatedIds,
    });
    await syncVersionSummaries(tx, [edge.childId], { descendants: true });
    return { childId: edge.childId, flaggedApprovals: reReview.flagged.length };
  });
}

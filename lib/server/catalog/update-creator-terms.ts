import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { CreatorTermsInput } from "@/lib/schemas/catalog";
import { markApprovalsForReReview } from "@/lib/server/approvals/mark-for-re-review";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit, changedFields } from "@/lib/server/catalog/catalog-editor";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { creatorTermsFieldsSelect } from "@/lib/server/catalog/version-fields";
import { replaceCreatorTerms } from "@/lib/server/catalog/version-writer";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/server/errors";

/**
 * Creates or changes a version's creator terms; every change bumps CreatorTerms.revision (which
 * approvals record) and flags the approvals of the version and its descendants for re-review.
 */
export async function updateCreatorTerms(
  actor: Actor,
  input: CreatorTermsInput,
  db: PrismaClient = prisma,
): Promise<{ revision: number; flaggedApprovals: number }> {
  const auditActor = authorizeCatalogEdit(actor);
  const { versionId, expectedRevision, ...terms } = input;
  return db.$transaction(async (tx) => {
    const version = await tx.checkpointVersion.findUnique({
      where: { id: versionId },
      select: {
        version: true,
        checkpoint: { select: { name: true } },
        creatorTerms: { select: { ...creatorTermsFieldsSelect, revision: true } },
      },
    });
    if (!version) throw new NotFoundError("This version no longer exists.");
    const conflict = new ConflictError("Someone else changed these creator terms meanwhile. Reload the page to see their change.");

    // Revision 0 means "none yet": terms that exist by now, or are gone, were changed by someone else.
    if ((version.creatorTerms === null) !== (expectedRevision === 0)) throw conflict;
    const revision = await replaceCreatorTerms(tx, versionId, terms, expectedRevision);
    if (revision === null) throw conflict;

    const { revision: previousRevision, ...previous } = version.creatorTerms ?? { revision: 0 };
    const diff = version.creatorTerms ? changedFields(previous as typeof terms, terms) : { before: null, after: terms };
    const name = `${version.checkpoint.name} ${version.version}`;
    const reReview = await markApprovalsForReReview(
      tx,
      { versionIds: [versionId], reason: `Creator terms of ${name} changed (revision ${revision}).` },
      { sync: false },
    );
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "creator_terms.updated",
      subjectType: "CreatorTerms",
      subjectId: versionId,
      before: diff.before === null ? null : { ...diff.before, revision: previousRevision },
      after: { ...diff.after, revision, ...reReview.audit.after },
      relatedIds: reReview.audit.relatedIds,
    });
    await syncVersionSummaries(tx, [versionId], { descendants: true });
    return { revision, flaggedApprovals: reReview.flagged.length };
  });
}

import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { UpdateVersionInput, VersionFields } from "@/lib/schemas/catalog";
import { markApprovalsForReReview, NOTHING_FLAGGED } from "@/lib/server/approvals/mark-for-re-review";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit, changedFields } from "@/lib/server/catalog/catalog-editor";
import { UNKNOWN_ARCHITECTURE, VERSION_TAKEN } from "@/lib/server/catalog/create-version";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { versionFieldsSelect } from "@/lib/server/catalog/version-fields";
import { isVersionLabelTaken, updateVersionColumns } from "@/lib/server/catalog/version-writer";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";

// Which edits invalidate an approval. The kind feeds the license engine (a BASE with parents, a
// MERGE with one parent), so it flows down the lineage; the file's identity and architecture say
// what exactly was approved, for this version only. Descriptive notes change no approval.
const TERMS_FIELDS = ["kind"] as const;
const IDENTITY_FIELDS = ["sha256", "fileSizeBytes", "fileName", "fileFormat", "architectureKey"] as const;
/** A change of any of these puts the approvals that relied on the version up for review. */
const RE_REVIEW_FIELDS: readonly string[] = [...TERMS_FIELDS, ...IDENTITY_FIELDS];

export async function updateVersion(
  actor: Actor,
  input: UpdateVersionInput,
  db: PrismaClient = prisma,
): Promise<{ versionId: string; flaggedApprovals: number }> {
  const auditActor = authorizeCatalogEdit(actor);
  const { id, expectedRevision, ...fields } = input;
  return db.$transaction(async (tx) => {
    const current = await tx.checkpointVersion.findUnique({
      where: { id },
      select: { ...versionFieldsSelect, checkpointId: true, checkpoint: { select: { name: true } } },
    });
    if (!current) throw new NotFoundError("This version no longer exists.");
    if (
      fields.architectureKey !== current.architectureKey &&
      !(await tx.architecture.findUnique({ where: { key: fields.architectureKey }, select: { key: true } }))
    ) {
      throw new ValidationError(UNKNOWN_ARCHITECTURE, { architectureKey: [UNKNOWN_ARCHITECTURE] });
    }
    if (fields.version !== current.version && (await isVersionLabelTaken(tx, current.checkpointId, fields.version))) {
      throw new ConflictError(VERSION_TAKEN, { version: [VERSION_TAKEN] });
    }
    if (!(await updateVersionColumns(tx, id, expectedRevision, fields))) {
      throw new ConflictError("Someone else changed this version meanwhile. Reload the page to see their change.");
    }

    const { checkpointId: _checkpointId, checkpoint, ...before } = current;
    const diff = changedFields<VersionFields>(before, fields);
    const changed = Object.keys(diff.after);
    const termsChanged = TERMS_FIELDS.some((field) => changed.includes(field));
    const reReviewFields = changed.filter((field) => RE_REVIEW_FIELDS.includes(field));
    const reReview =
      reReviewFields.length > 0
        ? await markApprovalsForReReview(
            tx,
            { versionIds: [id], includeDescendants: termsChanged, reason: `${checkpoint.name} ${fields.version} changed (${reReviewFields.join(", ")}).` },
            { sync: false },
          )
        : NOTHING_FLAGGED;
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "version.updated",
      subjectType: "CheckpointVersion",
      subjectId: id,
      before: { ...diff.before, revision: expectedRevision },
      after: { ...diff.after, revision: expectedRevision + 1, ...reReview.audit.after },
      relatedIds: reReview.audit.relatedIds,
    });
    await syncVersionSummaries(tx, [id], { descendants: termsChanged });
    return { versionId: id, flaggedApprovals: reReview.flagged.length };
  });
}

import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { CreateLicenseRevisionInput } from "@/lib/schemas/catalog";
import { markApprovalsForReReview } from "@/lib/server/approvals/mark-for-re-review";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit } from "@/lib/server/catalog/catalog-editor";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { descendantIds } from "@/lib/server/licensing/effective-terms";
import { licenseVersionData, revisionAuditFacts } from "@/lib/server/licenses/license-terms";

/**
 * A change of a license's terms: a NEW LicenseVersion (the next revision); the old one stays for
 * the record and for the approvals that relied on it. Every approval that relied on the license —
 * of a version declaring it or of any descendant — is flagged NEEDS_REVIEW.
 */
export async function createLicenseRevision(
  actor: Actor,
  input: CreateLicenseRevisionInput,
  db: PrismaClient = prisma,
): Promise<{ licenseVersionId: string; revision: number; flaggedApprovals: number }> {
  const auditActor = authorizeCatalogEdit(actor);
  const { licenseId, expectedRevision, ...fields } = input;
  return db.$transaction(async (tx) => {
    const license = await tx.license.findUnique({
      where: { id: licenseId },
      select: {
        key: true,
        name: true,
        versions: { orderBy: { revision: "desc" }, take: 1, select: { id: true, revision: true } },
        usedBy: { select: { versionId: true } },
      },
    });
    if (!license) throw new NotFoundError("This license no longer exists.");
    const current = license.versions[0];
    if ((current?.revision ?? 0) !== expectedRevision) {
      throw new ConflictError(`Someone else added revision ${current?.revision} of this license meanwhile. Reload the page and start from it.`);
    }
    const revision = expectedRevision + 1;
    // The unique (licenseId, revision) makes a concurrent second revision fail rather than fork.
    const created = await tx.licenseVersion.create({ data: { licenseId, ...licenseVersionData(fields, revision, actor.id) }, select: { id: true } });
    const reReview = await markApprovalsForReReview(tx, { licenseIds: [licenseId], reason: `New revision ${revision} of ${license.name}.` }, { sync: false });
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "license.version_created",
      subjectType: "LicenseVersion",
      subjectId: created.id,
      before: current ? { licenseVersionId: current.id, revision: current.revision } : null,
      after: { licenseId, key: license.key, ...revisionAuditFacts(fields, revision), ...reReview.audit.after },
      relatedIds: reReview.audit.relatedIds,
    });
    const declaring = license.usedBy.map((layer) => layer.versionId);
    const affected = [...declaring, ...(await descendantIds(tx, declaring)), ...reReview.flagged.map((approval) => approval.versionId)];
    await syncVersionSummaries(tx, affected);
    return { licenseVersionId: created.id, revision, flaggedApprovals: reReview.flagged.length };
  });
}

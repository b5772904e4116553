import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { VersionLicenseInput } from "@/lib/schemas/catalog";
import { markApprovalsForReReview } from "@/lib/server/approvals/mark-for-re-review";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit } from "@/lib/server/catalog/catalog-editor";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";

// A version's license layers: which licenses it declares itself (its ancestors' come through
// lineage). Adding or removing one changes the effective terms of the version and every descendant.

export async function addVersionLicense(actor: Actor, input: VersionLicenseInput, db: PrismaClient = prisma): Promise<{ flaggedApprovals: number }> {
  return changeLayer(actor, input, "add", db);
}

export async function removeVersionLicense(actor: Actor, input: VersionLicenseInput, db: PrismaClient = prisma): Promise<{ flaggedApprovals: number }> {
  return changeLayer(actor, input, "remove", db);
}

async function changeLayer(actor: Actor, input: VersionLicenseInput, change: "add" | "remove", db: PrismaClient): Promise<{ flaggedApprovals: number }> {
  const auditActor = authorizeCatalogEdit(actor);
  return db.$transaction(async (tx) => {
    const version = await tx.checkpointVersion.findUnique({
      where: { id: input.versionId },
      select: { version: true, checkpoint: { select: { name: true } } },
    });
    if (!version) throw new NotFoundError("This version no longer exists.");
    const license = await tx.license.findUnique({
      where: { id: input.licenseId },
      select: { key: true, name: true, versions: { orderBy: { revision: "desc" }, take: 1, select: { revision: true } } },
    });
    if (!license) throw new ValidationError("Choose a license from the catalog.", { licenseId: ["Choose a license from the catalog."] });

    const where = { versionId_licenseId: { versionId: input.versionId, licenseId: input.licenseId } };
    const existing = await tx.versionLicense.findUnique({ where, select: { versionId: true } });
    if (change === "add") {
      if (existing) throw new ConflictError(`${license.name} is already a layer of this version.`, { licenseId: ["Already a layer of this version."] });
      await tx.versionLicense.create({ data: { versionId: input.versionId, licenseId: input.licenseId } });
    } else {
      if (!existing) throw new NotFoundError(`${license.name} is no longer a layer of this version.`);
      await tx.versionLicense.delete({ where });
    }

    const name = `${version.checkpoint.name} ${version.version}`;
    const layer = { licenseId: input.licenseId, key: license.key, name: license.name, revision: license.versions[0]?.revision ?? null };
    const reason = `License layers changed: ${license.name} ${change === "add" ? "added to" : "removed from"} ${name}.`;
    const reReview = await markApprovalsForReReview(tx, { versionIds: [input.versionId], reason }, { sync: false });
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: change === "add" ? "version.license_added" : "version.license_removed",
      subjectType: "CheckpointVersion",
      subjectId: input.versionId,
      before: change === "add" ? null : { license: layer },
      after: change === "add" ? { license: layer, ...reReview.audit.after } : reReview.audit.after,
      relatedIds: reReview.audit.relatedIds,
    });
    await syncVersionSummaries(tx, [input.versionId], { descendants: true });
    return { flaggedApprovals: reReview.flagged.length };
  });
}

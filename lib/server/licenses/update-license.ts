import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { UpdateLicenseInput } from "@/lib/schemas/catalog";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit, changedFields } from "@/lib/server/catalog/catalog-editor";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/server/errors";

/**
 * The license's name, aliases and address: how it is found and shown. Its terms are never edited
 * in place; a change of terms is a new revision (createLicenseRevision).
 */
export async function updateLicense(actor: Actor, input: UpdateLicenseInput, db: PrismaClient = prisma): Promise<{ licenseId: string }> {
  const auditActor = authorizeCatalogEdit(actor);
  const { id, expectedUpdatedAt, ...fields } = input;
  return db.$transaction(async (tx) => {
    const current = await tx.license.findUnique({ where: { id }, select: { name: true, aliases: true, url: true, usedBy: { select: { versionId: true } } } });
    if (!current) throw new NotFoundError("This license no longer exists.");
    const { count } = await tx.license.updateMany({ where: { id, updatedAt: new Date(expectedUpdatedAt) }, data: fields });
    if (count === 0) throw new ConflictError("Someone else changed this license meanwhile. Reload the page to see their change.");
    const { usedBy, ...before } = current;
    await recordAuditEvent(tx, { actor: auditActor, action: "license.updated", subjectType: "License", subjectId: id, ...changedFields(before, fields) });
    // The declaring versions' rows show the license's name.
    await syncVersionSummaries(
      tx,
      usedBy.map((layer) => layer.versionId),
    );
    return { licenseId: id };
  });
}

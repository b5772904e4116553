import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { CreateLicenseInput } from "@/lib/schemas/catalog";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit } from "@/lib/server/catalog/catalog-editor";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError } from "@/lib/server/errors";
import { licenseVersionData, revisionAuditFacts } from "@/lib/server/licenses/license-terms";

export const LICENSE_KEY_TAKEN = "Another license already uses this key.";

/** A new license with its first revision of terms. No version declares it yet: nothing to re-review. */
export async function createLicense(
  actor: Actor,
  input: CreateLicenseInput,
  db: PrismaClient = prisma,
): Promise<{ licenseId: string; licenseVersionId: string }> {
  const auditActor = authorizeCatalogEdit(actor);
  return db.$transaction(async (tx) => {
    if (await tx.license.findUnique({ where: { key: input.key }, select: { id: true } })) {
      throw new ConflictError(LICENSE_KEY_TAKEN, { key: [LICENSE_KEY_TAKEN] });
    }
    const license = await tx.license.create({
      data: { key: input.key, name: input.name, aliases: input.aliases, url: input.url, versions: { create: licenseVersionData(input.revision, 1, actor.id) } },
      select: { id: true, versions: { select: { id: true } } },
    });
    const licenseVersionId = license.versions[0]!.id;
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "license.created",
      subjectType: "License",
      subjectId: license.id,
      before: null,
      after: {
        key: input.key,
        name: input.name,
        aliases: input.aliases,
        url: input.url,
        firstRevision: { licenseVersionId, ...revisionAuditFacts(input.revision, 1) },
      },
      relatedIds: [licenseVersionId],
    });
    return { licenseId: license.id, licenseVersionId };
  });
}

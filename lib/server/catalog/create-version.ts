import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { CreateVersionInput } from "@/lib/schemas/catalog";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit } from "@/lib/server/catalog/catalog-editor";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

export const VERSION_TAKEN = "This checkpoint already has a version with this label.";
export const UNKNOWN_ARCHITECTURE = "Choose one of the catalogued architectures.";

/** A new version of a checkpoint. Lineage, license layers and creator terms are added on its edit page. */
export async function createVersion(actor: Actor, input: CreateVersionInput, db: PrismaClient = prisma): Promise<{ versionId: string }> {
  const auditActor = authorizeCatalogEdit(actor);
  return db.$transaction(async (tx) => {
    if (!(await tx.checkpoint.findUnique({ where: { id: input.checkpointId }, select: { id: true } }))) {
      throw new NotFoundError("This checkpoint no longer exists.");
    }
    if (!(await tx.architecture.findUnique({ where: { key: input.architectureKey }, select: { key: true } }))) {
      throw new ValidationError(UNKNOWN_ARCHITECTURE, { architectureKey: [UNKNOWN_ARCHITECTURE] });
    }
    const duplicate = await tx.checkpointVersion.findUnique({
      where: { checkpointId_version: { checkpointId: input.checkpointId, version: input.version } },
      select: { id: true },
    });
    if (duplicate) throw new ConflictError(VERSION_TAKEN, { version: [VERSION_TAKEN] });

    const created = await tx.checkpointVersion.create({ data: { ...input, createdById: actor.id }, select: { id: true } });
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "version.created",
      subjectType: "CheckpointVersion",
      subjectId: created.id,
      before: null,
      after: input,
    });
    await syncVersionSummaries(tx, [created.id]);
    await enqueueWebhookEvent(tx, "catalog.version.created", {
      versionId: created.id,
      checkpointId: input.checkpointId,
      version: input.version,
      viaRequest: false,
    });
    return { versionId: created.id };
  });
}

import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { UpdateCheckpointInput } from "@/lib/schemas/catalog";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit, changedFields } from "@/lib/server/catalog/catalog-editor";
import { SLUG_TAKEN } from "@/lib/server/catalog/create-checkpoint";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/server/errors";

/** Names, slug, aliases and description: what people search by. No approval relies on them. */
export async function updateCheckpoint(actor: Actor, input: UpdateCheckpointInput, db: PrismaClient = prisma): Promise<{ checkpointId: string }> {
  const auditActor = authorizeCatalogEdit(actor);
  const { id, expectedUpdatedAt, ...fields } = input;
  return db.$transaction(async (tx) => {
    const current = await tx.checkpoint.findUnique({
      where: { id },
      select: { slug: true, name: true, aliases: true, description: true, versions: { select: { id: true } } },
    });
    if (!current) throw new NotFoundError("This checkpoint no longer exists.");
    if (fields.slug !== current.slug && (await tx.checkpoint.findUnique({ where: { slug: fields.slug }, select: { id: true } }))) {
      throw new ConflictError(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
    }
    const { count } = await tx.checkpoint.updateMany({ where: { id, updatedAt: new Date(expectedUpdatedAt) }, data: fields });
    if (count === 0) throw new ConflictError("Someone else changed this checkpoint meanwhile. Reload the page to see their change.");

    const { versions, ...before } = current;
    const diff = changedFields(before, fields);
    await recordAuditEvent(tx, { actor: auditActor, action: "checkpoint.updated", subjectType: "Checkpoint", subjectId: id, ...diff });
    await syncVersionSummaries(
      tx,
      versions.map((version) => version.id),
    );
    return { checkpointId: id };
  });
}

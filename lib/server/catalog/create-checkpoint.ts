import type { Actor } from "@/lib/policy/capabilities";
import type { CheckpointFields } from "@/lib/schemas/catalog";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit, type EditorIdentity } from "@/lib/server/catalog/catalog-editor";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError } from "@/lib/server/errors";

export const SLUG_TAKEN = "Another checkpoint already uses this slug.";

export async function createCheckpoint(actor: Actor, user: EditorIdentity, input: CheckpointFields): Promise<{ checkpointId: string }> {
  const auditActor = authorizeCatalogEdit(actor, user);
  return prisma.$transaction(async (tx) => {
    if (await tx.checkpoint.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
      throw new ConflictError(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
    }
    const created = await tx.checkpoint.create({ data: input, select: { id: true } });
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "checkpoint.created",
      subjectType: "Checkpoint",
      subjectId: created.id,
      before: null,
      after: input,
    });
    return { checkpointId: created.id };
  });
}

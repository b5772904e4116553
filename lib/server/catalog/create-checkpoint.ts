import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { CheckpointFields } from "@/lib/schemas/catalog";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { authorizeCatalogEdit } from "@/lib/server/catalog/catalog-editor";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError } from "@/lib/server/errors";

export const SLUG_TAKEN = "Another checkpoint already uses this slug.";

export async function createCheckpoint(actor: Actor, input: CheckpointFields, db: PrismaClient = prisma): Promise<{ checkpointId: string }> {
  const auditActor = authorizeCatalogEdit(actor);
  return db.$transaction(async (tx) => {
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

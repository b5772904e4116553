import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import type { CreateVersionInput } from "@/lib/schemas/catalog";
import { authorizeCatalogEdit } from "@/lib/server/catalog/catalog-editor";
import { createVersionWithFacts, isVersionLabelTaken } from "@/lib/server/catalog/version-writer";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";

export const VERSION_TAKEN = "This checkpoint already has a version with this label.";
export const UNKNOWN_ARCHITECTURE = "Choose one of the catalogued architectures.";

/** A new version of a checkpoint. Lineage, license layers and creator terms are added on its edit page. */
export async function createVersion(actor: Actor, input: CreateVersionInput, db: PrismaClient = prisma): Promise<{ versionId: string }> {
  const auditActor = authorizeCatalogEdit(actor);
  const { checkpointId, ...columns } = input;
  return db.$transaction(async (tx) => {
    if (!(await tx.checkpoint.findUnique({ where: { id: checkpointId }, select: { id: true } }))) {
      throw new NotFoundError("This checkpoint no longer exists.");
    }
    if (!(await tx.architecture.findUnique({ where: { key: input.architectureKey }, select: { key: true } }))) {
      throw new ValidationError(UNKNOWN_ARCHITECTURE, { architectureKey: [UNKNOWN_ARCHITECTURE] });
    }
    if (await isVersionLabelTaken(tx, checkpointId, input.version)) throw new ConflictError(VERSION_TAKEN, { version: [VERSION_TAKEN] });

    const versionId = await createVersionWithFacts(
      tx,
      { checkpointId, createdById: actor.id, columns, licenseIds: [], parents: [], creatorTerms: null },
      { via: "catalog", actor: auditActor, after: input },
    );
    return { versionId };
  });
}

import "server-only";
import { canManageUsers, type Actor } from "@/lib/policy/capabilities";
import type { RenameTeamInput } from "@/lib/schemas/admin";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, NotFoundError } from "@/lib/server/errors";

/** Renames a team; its short name (slug) stays, so links and scripts that use it keep working. */
export async function renameTeam(actor: Actor, input: RenameTeamInput, db: PrismaClient = prisma): Promise<void> {
  assertAllowed(canManageUsers(actor));
  await db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true, name: true, slug: true } });
    if (!team) throw new NotFoundError("That team does not exist.");
    if (team.name === input.name) throw new ConflictError("The team already has this name.", { name: ["The team already has this name."] });
    // Guarded on the name read above: a concurrent rename makes this one a conflict, not a silent overwrite.
    const { count } = await tx.team.updateMany({ where: { id: team.id, name: team.name }, data: { name: input.name } });
    if (count === 0) throw new ConflictError("Someone renamed this team meanwhile. Reload and try again.");
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "team.renamed",
      subjectType: "Team",
      subjectId: team.id,
      teamId: team.id,
      before: { name: team.name, slug: team.slug },
      after: { name: input.name, slug: team.slug },
    });
  });
}

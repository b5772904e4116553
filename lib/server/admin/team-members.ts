import "server-only";
import { canManageUsers, type Actor } from "@/lib/policy/capabilities";
import type { AddTeamMemberInput, RemoveTeamMemberInput } from "@/lib/schemas/admin";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";

/** Adds a user (found by email) to a team; they can submit for it from their next request. */
export async function addTeamMember(actor: Actor, input: AddTeamMemberInput, db: PrismaClient = prisma): Promise<{ userId: string }> {
  assertAllowed(canManageUsers(actor));
  return db.$transaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true, slug: true, name: true } });
    if (!team) throw new NotFoundError("That team does not exist.");
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, email: true } });
    if (!user) throw new ValidationError("No user has this email.", { email: ["No user has this email. Create the user first."] });
    // ON CONFLICT DO NOTHING: a concurrent add of the same member becomes a conflict message, not an error page.
    const inserted = await tx.$executeRaw`
      INSERT INTO "Membership" ("teamId", "userId") VALUES (${team.id}::uuid, ${user.id}::uuid) ON CONFLICT DO NOTHING`;
    if (inserted === 0) throw new ConflictError(`${user.email} is already a member of ${team.name}.`, { email: [`Already a member of ${team.name}.`] });
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "team.member_added",
      subjectType: "User",
      subjectId: user.id,
      teamId: team.id,
      before: null,
      after: { team: team.slug, email: user.email },
    });
    return { userId: user.id };
  });
}

export async function removeTeamMember(actor: Actor, input: RemoveTeamMemberInput, db: PrismaClient = prisma): Promise<void> {
  assertAllowed(canManageUsers(actor));
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: input.teamId, userId: input.userId } },
      select: { team: { select: { slug: true, name: true } }, user: { select: { email: true } } },
    });
    if (!membership) throw new ConflictError("That person is not a member of this team (any more). Reload the page.");
    const { count } = await tx.membership.deleteMany({ where: { teamId: input.teamId, userId: input.userId } });
    if (count === 0) throw new ConflictError("That person was removed from the team meanwhile. Reload the page.");
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "team.member_removed",
      subjectType: "User",
      subjectId: input.userId,
      teamId: input.teamId,
      before: { team: membership.team.slug, email: membership.user.email },
      after: null,
    });
  });
}

import "server-only";
import { canManageUsers, type Actor } from "@/lib/policy/capabilities";
import type { CreateUserInput } from "@/lib/schemas/admin";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/password";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, ValidationError } from "@/lib/server/errors";

/**
 * Creates a user with roles and team memberships. With a password they can sign in at once; without
 * one they are "invited": the account waits for their first OpenID Connect sign-in with this email.
 */
export async function createUser(actor: Actor, input: CreateUserInput, db: PrismaClient = prisma): Promise<{ id: string }> {
  assertAllowed(canManageUsers(actor));
  // scrypt is deliberately slow: hash before the transaction so it holds no locks meanwhile.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const auditActor = auditActorOf(actor);

  return db.$transaction(async (tx) => {
    const teams = await tx.team.findMany({ where: { id: { in: input.teamIds } }, select: { id: true, slug: true }, orderBy: { name: "asc" } });
    if (teams.length !== input.teamIds.length) {
      throw new ValidationError("Please correct the highlighted fields.", { teamIds: ["One of the chosen teams no longer exists. Reload the page."] });
    }
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new ConflictError("A user with this email already exists.", { email: ["A user with this email already exists."] });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, roles: input.roles, passwordHash },
      select: { id: true },
    });
    await tx.membership.createMany({ data: teams.map((team) => ({ teamId: team.id, userId: user.id })) });

    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "user.created",
      subjectType: "User",
      subjectId: user.id,
      before: null,
      after: {
        email: input.email,
        name: input.name,
        roles: input.roles,
        teams: teams.map((team) => team.slug),
        active: true,
        signIn: passwordHash ? "password" : "invite",
      },
      // The memberships are part of this one event; the teams' audit filter finds it through these.
      relatedIds: teams.map((team) => team.id),
    });
    return { id: user.id };
  });
}

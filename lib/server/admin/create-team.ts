import "server-only";
import { canManageUsers, type Actor } from "@/lib/policy/capabilities";
import { slugify, type CreateTeamInput } from "@/lib/schemas/admin";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, ValidationError } from "@/lib/server/errors";

/** Creates a team. Its short name (slug) is derived from the name unless given, and never changes. */
export async function createTeam(actor: Actor, input: CreateTeamInput, db: PrismaClient = prisma): Promise<{ id: string; slug: string }> {
  assertAllowed(canManageUsers(actor));
  const slug = input.slug ?? slugify(input.name);
  if (!slug) throw new ValidationError("Please correct the highlighted fields.", { slug: ["Give the team a short name of letters and digits."] });

  return db.$transaction(async (tx) => {
    if (await tx.team.findUnique({ where: { slug }, select: { id: true } })) {
      const field = input.slug ? "slug" : "name";
      throw new ConflictError(`A team with the short name “${slug}” already exists.`, { [field]: [`A team with the short name “${slug}” already exists.`] });
    }
    const team = await tx.team.create({ data: { name: input.name, slug }, select: { id: true, slug: true } });
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "team.created",
      subjectType: "Team",
      subjectId: team.id,
      teamId: team.id,
      before: null,
      after: { name: input.name, slug },
    });
    return team;
  });
}

import "server-only";
import { canManageUsers, type Actor } from "@/lib/policy/capabilities";
import { slugify, type CreateTeamInput } from "@/lib/schemas/admin";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertDecision, type CurrentUser } from "@/lib/server/auth/current-user";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, ValidationError } from "@/lib/server/errors";

/** Creates a team. Its short name (slug) is derived from the name unless given, and never changes. */
export async function createTeam(actor: Actor | null, admin: Pick<CurrentUser, "id" | "email">, input: CreateTeamInput): Promise<{ id: string; slug: string }> {
  assertDecision(canManageUsers(actor));
  const slug = input.slug ?? slugify(input.name);
  if (!slug) throw new ValidationError("Please correct the highlighted fields.", { slug: ["Give the team a short name of letters and digits."] });

  return prisma.$transaction(async (tx) => {
    if (await tx.team.findUnique({ where: { slug }, select: { id: true } })) {
      const field = input.slug ? "slug" : "name";
      throw new ConflictError(`A team with the short name “${slug}” already exists.`, { [field]: [`A team with the short name “${slug}” already exists.`] });
    }
    const team = await tx.team.create({ data: { name: input.name, slug }, select: { id: true, slug: true } });
    await recordAuditEvent(tx, {
      actor: { id: admin.id, label: admin.email },
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

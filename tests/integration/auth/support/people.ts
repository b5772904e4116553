import { randomBytes } from "node:crypto";
import type { Actor, OrgRole } from "@/lib/policy/capabilities";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { hashPassword } from "@/lib/server/auth/password";
import type { PrismaClient } from "@/lib/server/db/client";

/**
 * Real user and team rows for integration tests, with unique names (test files share one
 * database and run in parallel), and the policy actor the app would build for each user.
 */

export interface Person {
  user: CurrentUser;
  actor: Actor;
}

export const uniqueSuffix = () => randomBytes(4).toString("hex");

export async function createTeamRow(db: PrismaClient, label = "team"): Promise<{ id: string; slug: string; name: string }> {
  const suffix = uniqueSuffix();
  return db.team.create({ data: { slug: `${label}-${suffix}`, name: `${label} ${suffix}` }, select: { id: true, slug: true, name: true } });
}

export async function createPerson(
  db: PrismaClient,
  options: { label?: string; roles?: OrgRole[]; teamIds?: string[]; active?: boolean; password?: string } = {},
): Promise<Person> {
  const label = options.label ?? options.roles?.[0]?.toLowerCase().replace(/_/g, "-") ?? "member";
  const email = `${label}-${uniqueSuffix()}@it.test`;
  const created = await db.user.create({
    data: {
      email,
      name: `${label} test`,
      roles: options.roles ?? [],
      active: options.active ?? true,
      deactivatedAt: options.active === false ? new Date() : null,
      passwordHash: options.password ? await hashPassword(options.password) : null,
      memberships: { create: (options.teamIds ?? []).map((teamId) => ({ teamId })) },
    },
    select: { id: true, email: true, name: true, roles: true, memberships: { select: { team: { select: { id: true, slug: true, name: true } } } } },
  });
  const user: CurrentUser = { id: created.id, email: created.email, name: created.name, roles: created.roles, teams: created.memberships.map((m) => m.team) };
  return { user, actor: { id: user.id, email: user.email, active: options.active ?? true, roles: user.roles, teamIds: user.teams.map((team) => team.id) } };
}

/** The audit events a user caused, oldest first. */
export async function auditBy(db: PrismaClient, actorId: string) {
  return db.auditEvent.findMany({ where: { actorId }, orderBy: { id: "asc" } });
}

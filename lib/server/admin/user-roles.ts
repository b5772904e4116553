import "server-only";
import { canManageUsers, ORG_ROLE_LABELS, type Actor } from "@/lib/policy/capabilities";
import type { RoleChangeInput } from "@/lib/schemas/admin";
import { assertAnotherAdminRemains, lockActiveAdmins, lockUser } from "@/lib/server/admin/admin-guard";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError } from "@/lib/server/errors";
import type { OrgRole } from "@/lib/server/generated/prisma/enums";

// Roles are stored in a fixed order so before/after in the audit trail compare cleanly.
const ROLE_ORDER: readonly OrgRole[] = ["ADMIN", "LEGAL_REVIEWER", "TECH_REVIEWER", "AUDITOR"];
const ordered = (roles: Iterable<OrgRole>) => ROLE_ORDER.filter((role) => new Set(roles).has(role));

/** Grants an org role. It takes effect on the user's next request. */
export async function grantRole(actor: Actor, input: RoleChangeInput, db: PrismaClient = prisma): Promise<void> {
  assertAllowed(canManageUsers(actor));
  await db.$transaction(async (tx) => {
    const target = await lockUser(tx, input.userId);
    if (target.roles.includes(input.role)) throw new ConflictError(`${target.email} already has the ${ORG_ROLE_LABELS[input.role]} role.`);
    const roles = ordered([...target.roles, input.role]);
    await tx.user.update({ where: { id: target.id }, data: { roles } });
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "user.role_granted",
      subjectType: "User",
      subjectId: target.id,
      before: { email: target.email, roles: ordered(target.roles) },
      after: { email: target.email, roles, granted: input.role },
    });
  });
}

/** Removes an org role; never the ADMIN role of the last active admin. */
export async function removeRole(actor: Actor, input: RoleChangeInput, db: PrismaClient = prisma): Promise<void> {
  assertAllowed(canManageUsers(actor));
  await db.$transaction(async (tx) => {
    // Admin rows first, in the same order everywhere, then the target (already locked if an admin).
    const admins = input.role === "ADMIN" ? await lockActiveAdmins(tx) : [];
    const target = await lockUser(tx, input.userId);
    if (!target.roles.includes(input.role)) throw new ConflictError(`${target.email} does not have the ${ORG_ROLE_LABELS[input.role]} role.`);
    if (input.role === "ADMIN" && target.active) {
      const who = target.id === actor.id ? "Removing your own Admin role" : `Removing the Admin role from ${target.email}`;
      assertAnotherAdminRemains(admins, target.id, who);
    }
    const roles = ordered(target.roles.filter((role) => role !== input.role));
    await tx.user.update({ where: { id: target.id }, data: { roles } });
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "user.role_removed",
      subjectType: "User",
      subjectId: target.id,
      before: { email: target.email, roles: ordered(target.roles) },
      after: { email: target.email, roles, removed: input.role },
    });
  });
}

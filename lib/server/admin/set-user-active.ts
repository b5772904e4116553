import "server-only";
import { canManageUsers, type Actor } from "@/lib/policy/capabilities";
import type { UserIdInput } from "@/lib/schemas/admin";
import { assertAnotherAdminRemains, lockActiveAdmins, lockUser } from "@/lib/server/admin/admin-guard";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError } from "@/lib/server/errors";

/**
 * Deactivates a user. Their session ends on their next request (every request re-reads the user),
 * their API tokens stop authenticating, and they cannot sign in again until reactivated.
 */
export async function deactivateUser(actor: Actor, input: UserIdInput, db: PrismaClient = prisma): Promise<void> {
  assertAllowed(canManageUsers(actor));
  if (input.userId === actor.id) throw new ConflictError("You cannot deactivate your own account. Ask another admin to do it.");

  await db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const target = await lockUser(tx, input.userId);
    if (!target.active) throw new ConflictError(`${target.email} is already deactivated.`);
    if (target.roles.includes("ADMIN")) assertAnotherAdminRemains(admins, target.id, `Deactivating ${target.email}`);

    const deactivatedAt = new Date();
    const { count } = await tx.user.updateMany({ where: { id: target.id, active: true }, data: { active: false, deactivatedAt } });
    if (count === 0) throw new ConflictError(`${target.email} was changed by someone else. Reload and try again.`);
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "user.deactivated",
      subjectType: "User",
      subjectId: target.id,
      before: { email: target.email, active: true },
      after: { email: target.email, active: false, deactivatedAt },
    });
  });
}

export async function reactivateUser(actor: Actor, input: UserIdInput, db: PrismaClient = prisma): Promise<void> {
  assertAllowed(canManageUsers(actor));
  await db.$transaction(async (tx) => {
    const target = await lockUser(tx, input.userId);
    if (target.active) throw new ConflictError(`${target.email} is already active.`);
    const { count } = await tx.user.updateMany({ where: { id: target.id, active: false }, data: { active: true, deactivatedAt: null } });
    if (count === 0) throw new ConflictError(`${target.email} was changed by someone else. Reload and try again.`);
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "user.reactivated",
      subjectType: "User",
      subjectId: target.id,
      before: { email: target.email, active: false },
      after: { email: target.email, active: true },
    });
  });
}

import "server-only";
import type { TransactionClient } from "@/lib/server/db/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import type { OrgRole } from "@/lib/server/generated/prisma/enums";

export interface LockedUser {
  id: string;
  email: string;
  name: string | null;
  roles: OrgRole[];
  active: boolean;
}

/**
 * Locks every active admin row (in id order, so two transactions never deadlock on them) and
 * returns their ids. A second transaction doing the same waits here until the first commits, then
 * sees the admins as the first left them: two admins demoting or deactivating each other at once
 * cannot both pass the "someone stays admin" check.
 */
export async function lockActiveAdmins(tx: TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "User" WHERE active AND 'ADMIN' = ANY(roles) ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Locks one user row for the rest of the transaction and returns it as it is now. */
export async function lockUser(tx: TransactionClient, userId: string): Promise<LockedUser> {
  const rows = await tx.$queryRaw<{ id: string; email: string; name: string | null; roles: OrgRole[]; active: boolean }[]>`
    SELECT id::text AS id, email, name, roles::text[] AS roles, active FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  const user = rows[0];
  if (!user) throw new NotFoundError("That user does not exist.");
  return user;
}

/** Refuses a change that would leave the registry without an active admin. */
export function assertAnotherAdminRemains(activeAdminIds: readonly string[], losingUserId: string, what: string): void {
  const remaining = activeAdminIds.filter((id) => id !== losingUserId);
  if (remaining.length === 0) {
    throw new ConflictError(`${what} would leave the registry without an active admin. Make someone else an admin first.`);
  }
}

import type { Actor } from "@/lib/policy/capabilities";
import { canBrowse } from "@/lib/policy/capabilities";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed } from "@/lib/server/errors";

// Reading a notification is not a change that matters to the audit trail (DESIGN.md section 2,
// "Audit event"), so these write no audit event. Each is scoped to the caller's own rows.

export async function markNotificationRead(actor: Actor, notificationId: string, db: PrismaClient = prisma): Promise<{ updated: number }> {
  assertAllowed(canBrowse(actor));
  const { count } = await db.notification.updateMany({
    where: { id: notificationId, userId: actor.id, readAt: null },
    data: { readAt: new Date() },
  });
  return { updated: count };
}

export async function markAllNotificationsRead(actor: Actor, db: PrismaClient = prisma): Promise<{ updated: number }> {
  assertAllowed(canBrowse(actor));
  const { count } = await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return { updated: count };
}

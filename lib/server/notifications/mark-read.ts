import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import { canBrowse } from "@/lib/policy/capabilities";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed } from "@/lib/server/errors";

// Every action that changes data leaves an audit event, even one this small: the rule has no
// exceptions to argue about. Each is scoped to the caller's own rows; reading nothing new writes nothing.

async function actorLabel(db: PrismaClient, actor: Actor): Promise<string> {
  return (await db.user.findUnique({ where: { id: actor.id }, select: { email: true } }))?.email ?? actor.id;
}

export async function markNotificationRead(actor: Actor, notificationId: string, db: PrismaClient = prisma): Promise<{ updated: number }> {
  assertAllowed(canBrowse(actor));
  const label = await actorLabel(db, actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { id: notificationId, userId: actor.id, readAt: null },
      data: { readAt: new Date() },
    });
    if (count > 0) {
      await recordAuditEvent(tx, {
        actor: { id: actor.id, label },
        action: "notification.read",
        subjectType: "Notification",
        subjectId: notificationId,
        after: { read: true },
      });
    }
    return { updated: count };
  });
}

export async function markAllNotificationsRead(actor: Actor, db: PrismaClient = prisma): Promise<{ updated: number }> {
  assertAllowed(canBrowse(actor));
  const label = await actorLabel(db, actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
    if (count > 0) {
      await recordAuditEvent(tx, {
        actor: { id: actor.id, label },
        action: "notification.all_read",
        subjectType: "User",
        subjectId: actor.id,
        after: { markedRead: count },
      });
    }
    return { updated: count };
  });
}

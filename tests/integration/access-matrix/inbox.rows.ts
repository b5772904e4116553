import { SIGNED_IN, type CallContext, type MatrixRow } from "./support/matrix";

// Notifications: everyone signed in reads their own, and marking them read is audited like any change.

const INBOX = "app/(registry)/inbox/actions.ts";

/** An unread notification of the caller (of the member, for the anonymous caller). */
async function unreadNotification({ db, me, world }: CallContext): Promise<string> {
  const notification = await db.notification.create({
    data: { userId: (me ?? world.users.member).id, kind: "review.waiting", title: "A request waits for review", link: "/reviews" },
  });
  return notification.id;
}

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: INBOX,
    name: "markNotificationReadAction",
    allowed: SIGNED_IN,
    audit: "notification.read",
    args: async (context) => [await unreadNotification(context)],
  },
  {
    kind: "action",
    file: INBOX,
    name: "markAllNotificationsReadAction",
    allowed: SIGNED_IN,
    audit: "notification.all_read",
    args: async (context) => {
      await unreadNotification(context);
      return [];
    },
  },
];

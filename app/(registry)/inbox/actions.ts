"use server";

import { z } from "zod";
import { defineCallAction } from "@/lib/server/actions/define-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/notifications/mark-read";

export const markNotificationReadAction = defineCallAction({
  name: "markNotificationRead",
  schema: z.guid({ message: "Unknown notification." }),
  run: (notificationId, { actor }) => markNotificationRead(actor, notificationId),
  revalidate: [{ path: "/", type: "layout" }],
});

export const markAllNotificationsReadAction = defineCallAction({
  name: "markAllNotificationsRead",
  schema: z.undefined({ message: "This action takes no input." }),
  run: (_input, { actor }) => markAllNotificationsRead(actor),
  revalidate: [{ path: "/", type: "layout" }],
});

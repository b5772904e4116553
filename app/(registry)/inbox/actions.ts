"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseInput, runAction, type ActionResult } from "@/lib/server/action-result";
import { requireActionUser } from "@/lib/server/auth/current-user";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/notifications/mark-read";

const notificationIdSchema = z.guid({ message: "Unknown notification." });

export async function markNotificationReadAction(notificationId: string): Promise<ActionResult<{ updated: number }>> {
  const result = await runAction("markNotificationRead", async () => {
    const { actor } = await requireActionUser();
    return markNotificationRead(actor, parseInput(notificationIdSchema, notificationId));
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function markAllNotificationsReadAction(): Promise<ActionResult<{ updated: number }>> {
  const result = await runAction("markAllNotificationsRead", async () => {
    const { actor } = await requireActionUser();
    return markAllNotificationsRead(actor);
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

import "server-only";
import type { TransactionClient } from "@/lib/server/db/client";
import type { OrgRole } from "@/lib/server/generated/prisma/enums";
import type { SignOffCapacity } from "@/lib/reviews/review-state";

// Notifications are rows written in the same transaction as the transition that causes them: a
// rolled-back sign-off leaves no notification behind, and every app instance sees the same inbox.

export interface NotificationContent {
  /** Dotted kind, e.g. `review.waiting`; the inbox groups and words by it. */
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
}

const CAPACITY_ROLES: Record<SignOffCapacity, OrgRole> = { LEGAL: "LEGAL_REVIEWER", TECHNICAL: "TECH_REVIEWER" };

/** One notification for every active reviewer who can sign in one of the capacities, except the excluded users. */
export async function notifyReviewers(
  tx: TransactionClient,
  capacities: readonly SignOffCapacity[],
  excludeUserIds: readonly string[],
  content: NotificationContent,
): Promise<number> {
  if (capacities.length === 0) return 0;
  const reviewers = await tx.user.findMany({
    where: { active: true, roles: { hasSome: capacities.map((capacity) => CAPACITY_ROLES[capacity]) }, id: { notIn: [...excludeUserIds] } },
    select: { id: true },
  });
  if (reviewers.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data: reviewers.map((reviewer) => ({ userId: reviewer.id, ...toRow(content) })) });
  return count;
}

export async function notifyUser(tx: TransactionClient, userId: string, content: NotificationContent): Promise<void> {
  await tx.notification.create({ data: { userId, ...toRow(content) } });
}

function toRow(content: NotificationContent) {
  return { kind: content.kind, title: content.title, body: content.body ?? null, link: content.link ?? null };
}

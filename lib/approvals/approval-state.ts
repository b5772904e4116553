import { INTENDED_USE_LABELS, isIntendedUse } from "@/lib/licensing/vocabulary";

/**
 * The state an approval is in right now. A stored ACTIVE approval whose review-by date has passed,
 * or one of whose waivers has expired, is EXPIRED wherever it is read — before any job has run.
 */

export type ApprovalState = "ACTIVE" | "NEEDS_REVIEW" | "REVOKED" | "EXPIRED";

export const WAIVER_EXPIRING_SOON_DAYS = 30;

export interface ApprovalStateFacts {
  status: ApprovalState;
  reviewBy: Date;
  waivers: readonly { use: string; expiresAt: Date }[];
}

export interface ApprovalStateReading {
  state: ApprovalState;
  /** Why it is not plainly ACTIVE, in words. */
  reasons: string[];
  /** A waiver runs out within WAIVER_EXPIRING_SOON_DAYS (and has not yet). */
  waiverExpiringSoon: boolean;
}

export function readApprovalState(facts: ApprovalStateFacts, now = new Date()): ApprovalStateReading {
  const soon = new Date(now.getTime() + WAIVER_EXPIRING_SOON_DAYS * 24 * 60 * 60 * 1000);
  const waiverExpiringSoon = facts.waivers.some((waiver) => waiver.expiresAt > now && waiver.expiresAt <= soon);
  if (facts.status === "REVOKED") return { state: "REVOKED", reasons: ["revoked"], waiverExpiringSoon: false };
  const reasons: string[] = [];
  if (facts.reviewBy <= now) reasons.push(`review-by date ${facts.reviewBy.toISOString().slice(0, 10)} has passed`);
  for (const waiver of facts.waivers) {
    if (waiver.expiresAt <= now)
      reasons.push(
        `the waiver for ${isIntendedUse(waiver.use) ? INTENDED_USE_LABELS[waiver.use] : waiver.use} expired on ${waiver.expiresAt.toISOString().slice(0, 10)}`,
      );
  }
  if (facts.status === "EXPIRED" || reasons.length > 0) return { state: "EXPIRED", reasons: reasons.length > 0 ? reasons : ["expired"], waiverExpiringSoon };
  if (facts.status === "NEEDS_REVIEW") return { state: "NEEDS_REVIEW", reasons: ["relied-on facts changed"], waiverExpiringSoon };
  return { state: "ACTIVE", reasons: [], waiverExpiringSoon };
}

export const APPROVAL_STATE_LABELS: Readonly<Record<ApprovalState, string>> = {
  ACTIVE: "Active",
  NEEDS_REVIEW: "Needs review",
  EXPIRED: "Expired",
  REVOKED: "Revoked",
};

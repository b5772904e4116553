import type { ApprovalState } from "@/lib/approvals/approval-state";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

// What the browse page and the API need to know about a version's approvals, reduced to times and
// flags that syncVersionSummaries stores. Times, not states: whether an approval still holds is
// decided by comparing them with the clock when they are read, so a lapsed approval reads as
// expired even if no job has marked it.

/** An approval's stored status: the same four states lib/approvals/approval-state.ts reads. */
export type StoredApprovalStatus = ApprovalState;

export interface ApprovalFacts {
  id: string;
  status: StoredApprovalStatus;
  teamId: string | null;
  reviewBy: Date;
  uses: readonly IntendedUse[];
  waivers: readonly { use: IntendedUse; expiresAt: Date }[];
}

export type RequestState = "IN_REVIEW" | "CHANGES_REQUESTED" | "REJECTED";

export interface UseApprovalRow {
  approvalId: string;
  use: IntendedUse;
  teamId: string | null;
  status: StoredApprovalStatus;
  validUntil: Date;
  waived: boolean;
}

export interface ApprovalSummary {
  /** Uses approved at `now`: `USE` for any team, `USE@<teamId>` or `USE@*` (every team) per scope. */
  approvedUses: string[];
  /** The earliest time one of the approvals behind `approvedUses` stops holding. */
  approvedUntil: Date | null;
  activeUntil: Date | null;
  needsReviewUntil: Date | null;
  hasExpired: boolean;
  hasRevoked: boolean;
  requestState: RequestState | null;
  useRows: UseApprovalRow[];
}

/** An approval holds until its review-by date or the first expiry of one of its waivers, whichever is sooner. */
export function approvalValidUntil(approval: Pick<ApprovalFacts, "reviewBy" | "waivers">): Date {
  let until = approval.reviewBy;
  for (const waiver of approval.waivers) if (waiver.expiresAt < until) until = waiver.expiresAt;
  return until;
}

export function approvedUseKey(use: string, teamId: string | null): string {
  return `${use}@${teamId ?? "*"}`;
}

export function summarizeApprovals(approvals: readonly ApprovalFacts[], requestStatuses: readonly string[], now = new Date()): ApprovalSummary {
  let activeUntil: Date | null = null;
  let approvedUntil: Date | null = null;
  const approvedUses = new Set<string>();
  let needsReviewUntil: Date | null = null;
  const useRows: UseApprovalRow[] = [];
  for (const approval of approvals) {
    const validUntil = approvalValidUntil(approval);
    if (approval.status === "ACTIVE" && (activeUntil === null || validUntil > activeUntil)) activeUntil = validUntil;
    if (approval.status === "ACTIVE" && validUntil > now) {
      for (const use of approval.uses) approvedUses.add(use).add(approvedUseKey(use, approval.teamId));
      if (approvedUntil === null || validUntil < approvedUntil) approvedUntil = validUntil;
    }
    if (approval.status === "NEEDS_REVIEW" && (needsReviewUntil === null || validUntil > needsReviewUntil)) needsReviewUntil = validUntil;
    const waived = new Set(approval.waivers.map((waiver) => waiver.use));
    for (const use of new Set(approval.uses)) {
      useRows.push({ approvalId: approval.id, use, teamId: approval.teamId, status: approval.status, validUntil, waived: waived.has(use) });
    }
  }
  return {
    approvedUses: [...approvedUses].sort(),
    approvedUntil,
    activeUntil,
    needsReviewUntil,
    hasExpired: approvals.some((approval) => approval.status === "EXPIRED"),
    hasRevoked: approvals.some((approval) => approval.status === "REVOKED"),
    requestState: requestStateOf(requestStatuses),
    useRows,
  };
}

function requestStateOf(statuses: readonly string[]): RequestState | null {
  if (statuses.some((status) => status === "SUBMITTED" || status === "IN_REVIEW")) return "IN_REVIEW";
  if (statuses.includes("CHANGES_REQUESTED")) return "CHANGES_REQUESTED";
  if (statuses.includes("REJECTED")) return "REJECTED";
  return null;
}

/** The one-word review state of a version in lists; the most telling fact wins. Mirrors the SQL in lib/server/catalog. */
export const CATALOG_STATUSES = ["APPROVED", "NEEDS_REVIEW", "IN_REVIEW", "CHANGES_REQUESTED", "EXPIRED", "REVOKED", "REJECTED", "NOT_REVIEWED"] as const;
export type CatalogStatus = (typeof CATALOG_STATUSES)[number];

export const CATALOG_STATUS_LABELS: Readonly<Record<CatalogStatus, string>> = {
  APPROVED: "Approved",
  NEEDS_REVIEW: "Needs review",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  EXPIRED: "Expired",
  REVOKED: "Revoked",
  REJECTED: "Rejected",
  NOT_REVIEWED: "Not reviewed",
};

export function catalogStatusAt(summary: Omit<ApprovalSummary, "useRows" | "approvedUses" | "approvedUntil">, now: Date): CatalogStatus {
  if (summary.activeUntil && summary.activeUntil > now) return "APPROVED";
  if (summary.needsReviewUntil && summary.needsReviewUntil > now) return "NEEDS_REVIEW";
  if (summary.requestState === "IN_REVIEW" || summary.requestState === "CHANGES_REQUESTED") return summary.requestState;
  if (summary.activeUntil || summary.needsReviewUntil || summary.hasExpired) return "EXPIRED";
  if (summary.hasRevoked) return "REVOKED";
  if (summary.requestState === "REJECTED") return "REJECTED";
  return "NOT_REVIEWED";
}

/** Per use, at a glance: the best standing an approval gives it. */
export type UseApprovalState = "APPROVED" | "APPROVED_WITH_WAIVER" | "NEEDS_REVIEW" | "EXPIRED";

const PRECEDENCE: Readonly<Record<UseApprovalState, number>> = { APPROVED: 4, APPROVED_WITH_WAIVER: 3, NEEDS_REVIEW: 2, EXPIRED: 1 };

export const USE_APPROVAL_STATE_LABELS: Readonly<Record<UseApprovalState, string>> = {
  APPROVED: "approved",
  APPROVED_WITH_WAIVER: "approved with waiver",
  NEEDS_REVIEW: "needs review",
  EXPIRED: "expired",
};

export function approvalStateOfUse(row: Pick<UseApprovalRow, "status" | "validUntil" | "waived">, now: Date): UseApprovalState | null {
  if (row.status === "REVOKED") return null;
  if (row.status === "EXPIRED" || row.validUntil <= now) return "EXPIRED";
  if (row.status === "NEEDS_REVIEW") return "NEEDS_REVIEW";
  return row.waived ? "APPROVED_WITH_WAIVER" : "APPROVED";
}

/**
 * The state of each use for one version. With a team, only approvals for that team or for every
 * team count; without one, any approval does.
 */
export function approvalStatesByUse(
  rows: readonly Pick<UseApprovalRow, "use" | "teamId" | "status" | "validUntil" | "waived">[],
  now: Date,
  teamId?: string | null,
): Partial<Record<IntendedUse, UseApprovalState>> {
  const states: Partial<Record<IntendedUse, UseApprovalState>> = {};
  for (const row of rows) {
    if (teamId && row.teamId !== null && row.teamId !== teamId) continue;
    const state = approvalStateOfUse(row, now);
    if (!state) continue;
    const current = states[row.use];
    if (!current || PRECEDENCE[state] > PRECEDENCE[current]) states[row.use] = state;
  }
  return states;
}

import { unionTexts } from "@/lib/licensing/text-union";
import type { ProposedWaiver } from "@/lib/reviews/waiver";

/** What one approving sign-off proposes for the standing approval (SignOff's proposal columns). */
export interface ApproverProposal {
  conditions: readonly string[];
  reviewBy: Date | null;
  /** Only the legal reviewer may widen the approval to every team. */
  scopeAllTeams: boolean;
  /** Only the legal reviewer enters waivers. */
  waivers: readonly ProposedWaiver[];
}

export interface CombinedApproval {
  conditions: string[];
  reviewBy: Date;
  /** null: every team. */
  teamId: string | null;
  waivers: ProposedWaiver[];
}

export const DEFAULT_REVIEW_MONTHS = 12;

/**
 * The standing approval that two APPROVE sign-offs add up to: every condition either reviewer set
 * (once each), the earlier of their review-by dates (12 months from now when neither set one), the
 * request's team unless the legal reviewer chose every team, and the legal reviewer's waivers.
 */
export function combineApprovalProposals(legal: ApproverProposal, technical: ApproverProposal, context: { teamId: string; now: Date }): CombinedApproval {
  const dates = [legal.reviewBy, technical.reviewBy].filter((date): date is Date => date !== null);
  const reviewBy = dates.length > 0 ? new Date(Math.min(...dates.map((date) => date.getTime()))) : addMonths(context.now, DEFAULT_REVIEW_MONTHS);
  return {
    conditions: unionTexts(legal.conditions, technical.conditions),
    reviewBy,
    teamId: legal.scopeAllTeams ? null : context.teamId,
    waivers: [...legal.waivers],
  };
}

/** Calendar months in UTC, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

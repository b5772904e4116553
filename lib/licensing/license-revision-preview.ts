import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";

/** The dry run of a license change, as the license page shows it: the approvals saving would flag, and the uses that would flip. */
export interface UseChange {
  use: IntendedUse;
  from: TermStatus;
  to: TermStatus;
}

export interface ApprovalImpact {
  approvalId: string;
  versionId: string;
  versionName: string;
  team: string;
  /** Approved uses whose effective status the new terms would change. */
  flips: UseChange[];
  /** Approved uses that keep their status. */
  unchanged: IntendedUse[];
}

export interface LicenseRevisionPreview {
  /** Every approval saving would flag NEEDS_REVIEW (all of them are, whether or not a use flips). */
  approvalCount: number;
  /** The first PREVIEW_LIMIT of them, with the uses that would flip. */
  approvals: ApprovalImpact[];
  flippedUses: number;
}

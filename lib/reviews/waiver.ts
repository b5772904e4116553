import type { EffectiveTerms } from "@/lib/licensing/effective-terms";
import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";

// A FORBIDDEN or UNKNOWN use can be approved only with a waiver that the legal reviewer records
// (DESIGN.md section 2, "Approval"). The reason codes mirror the Prisma enum WaiverReason.

export const WAIVER_REASONS = ["LICENSE_ACQUIRED", "LEGAL_OPINION", "NOT_APPLICABLE", "OTHER"] as const;
export type WaiverReason = (typeof WAIVER_REASONS)[number];

export const WAIVER_REASON_LABELS: Readonly<Record<WaiverReason, string>> = {
  LICENSE_ACQUIRED: "License acquired (e.g. a purchased commercial licence)",
  LEGAL_OPINION: "Legal opinion",
  NOT_APPLICABLE: "Restriction not applicable to this use",
  OTHER: "Other",
};

/** A waiver as the legal reviewer enters it and as SignOff.waivers stores it (dates as ISO strings). */
export interface ProposedWaiver {
  use: IntendedUse;
  reason: WaiverReason;
  reference: string | null;
  comment: string;
  expiresAt: string;
}

export function needsWaiver(status: TermStatus): boolean {
  return status === "FORBIDDEN" || status === "UNKNOWN";
}

/** The requested uses that cannot be approved without a waiver, in the order requested. */
export function usesNeedingWaiver(terms: Pick<EffectiveTerms, "uses">, uses: readonly IntendedUse[]): IntendedUse[] {
  return uses.filter((use) => needsWaiver(terms.uses[use].status));
}

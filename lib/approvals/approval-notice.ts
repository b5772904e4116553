import { withoutRationale } from "@/lib/approvals/approval-visibility";
import type { EffectiveTerms } from "@/lib/licensing/effective-terms";
import { buildNotice, type NoticeWaiver } from "@/lib/licensing/notice";
import type { EffectiveTermsSnapshot } from "@/lib/licensing/snapshot";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

/** An approval as its notice reads it, with the effective-terms snapshot it stored when it was granted. */
export interface NoticeSourceApproval {
  /** The stored snapshot (Approval.effectiveTerms). */
  effectiveTerms: unknown;
  uses: readonly { use: IntendedUse; condition: string | null }[];
  conditions: readonly string[];
  waivers: readonly (NoticeWaiver & { reference: string | null })[];
  team: { name: string } | null;
  reviewBy: Date | null;
}

export interface ApprovalNotices {
  /** With every waiver's reference and comment, for the approval's own team and the reviewers. */
  notice: string;
  /** Without them, for readers outside the approval's team (lib/approvals/approval-visibility.ts). */
  publicNotice: string;
}

/**
 * The notice of an approval: built from the effective terms the approval relied on, not today's,
 * so it says what was approved and on which terms even after a licence changes and the approval
 * waits for re-review. The detail page, its download and the request page's download all read this.
 */
export function approvalNotices(approval: NoticeSourceApproval, versionName: string): ApprovalNotices {
  // The snapshot leaves out the per-layer detail, which the notice does not read.
  const terms = { ...(approval.effectiveTerms as EffectiveTermsSnapshot), layers: [] } satisfies EffectiveTerms;
  const notice = (waivers: readonly NoticeWaiver[]) =>
    buildNotice(terms, {
      versionName,
      approvedUses: approval.uses.map((entry) => entry.use),
      conditions: approval.conditions,
      useConditions: Object.fromEntries(approval.uses.map((entry) => [entry.use, entry.condition])),
      waivers,
      teamName: approval.team?.name ?? null,
      reviewBy: approval.reviewBy,
    });
  return { notice: notice(approval.waivers), publicNotice: notice(withoutRationale(approval.waivers)) };
}

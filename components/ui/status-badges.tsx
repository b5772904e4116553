import { Badge, badgeClassName, type BadgeTone } from "@/components/ui/badge";
import { APPROVAL_STATE_LABELS, type ApprovalState } from "@/lib/approvals/approval-state";
import { CATALOG_STATUS_LABELS, type CatalogStatus } from "@/lib/catalog/approval-summary";
import { escapeHtml } from "@/lib/html/escape-html";
import { TERM_STATUS_LABELS, type TermStatus } from "@/lib/licensing/vocabulary";
import { DECISION_LABELS, REVIEW_STATUS_LABELS, type ReviewStatus, type SignOffDecision } from "@/lib/reviews/review-state";
import type { ApiTokenStatus } from "@/lib/tokens/api-token-row";

// One tone per value of each typed union: a status reads the same colour on every page.

export const TERM_STATUS_TONES: Readonly<Record<TermStatus, BadgeTone>> = { ALLOWED: "good", CONDITIONAL: "info", FORBIDDEN: "bad", UNKNOWN: "warn" };

const REVIEW_STATUS_TONES: Readonly<Record<ReviewStatus, BadgeTone>> = {
  SUBMITTED: "info",
  IN_REVIEW: "info",
  CHANGES_REQUESTED: "warn",
  APPROVED: "good",
  REJECTED: "bad",
  WITHDRAWN: "neutral",
};

const CATALOG_STATUS_TONES: Readonly<Record<CatalogStatus, BadgeTone>> = {
  APPROVED: "good",
  NEEDS_REVIEW: "warn",
  IN_REVIEW: "info",
  CHANGES_REQUESTED: "warn",
  REJECTED: "bad",
  EXPIRED: "warn",
  REVOKED: "bad",
  NOT_REVIEWED: "neutral",
};

const APPROVAL_STATE_TONES: Readonly<Record<ApprovalState, BadgeTone>> = { ACTIVE: "good", NEEDS_REVIEW: "warn", EXPIRED: "warn", REVOKED: "bad" };

const DECISION_TONES: Readonly<Record<SignOffDecision, BadgeTone>> = { APPROVE: "good", REQUEST_CHANGES: "warn", REJECT: "bad" };

const TOKEN_STATUS: Readonly<Record<ApiTokenStatus, { label: string; tone: BadgeTone }>> = {
  active: { label: "Active", tone: "good" },
  expired: { label: "Expired", tone: "warn" },
  revoked: { label: "Revoked", tone: "bad" },
};

/** A use's effective status under the license engine (ALLOWED … UNKNOWN). */
export function TermStatusBadge({ status, title }: { status: TermStatus; title?: string }) {
  return (
    <Badge tone={TERM_STATUS_TONES[status]} title={title}>
      {TERM_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Where a review request stands. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  return <Badge tone={REVIEW_STATUS_TONES[status]}>{REVIEW_STATUS_LABELS[status]}</Badge>;
}

/** A version's one-word review state in lists and on its page. */
export function CatalogStatusBadge({ status }: { status: CatalogStatus }) {
  return <Badge tone={CATALOG_STATUS_TONES[status]}>{CATALOG_STATUS_LABELS[status]}</Badge>;
}

/** CatalogStatusBadge as markup, for the browse rows (app/(registry)/browse-rows-html.ts). */
export function catalogStatusBadgeHtml(status: CatalogStatus): string {
  return `<span class="${badgeClassName(CATALOG_STATUS_TONES[status])}">${escapeHtml(CATALOG_STATUS_LABELS[status])}</span>`;
}

/** A standing approval's state right now (an ACTIVE approval past its review-by date reads EXPIRED). */
export function ApprovalStateBadge({ state }: { state: ApprovalState }) {
  return <Badge tone={APPROVAL_STATE_TONES[state]}>{APPROVAL_STATE_LABELS[state]}</Badge>;
}

/** What a reviewer decided in a sign-off. */
export function SignOffDecisionBadge({ decision }: { decision: SignOffDecision }) {
  return <Badge tone={DECISION_TONES[decision]}>{DECISION_LABELS[decision]}</Badge>;
}

/** Whether an API token still works. */
export function TokenStatusBadge({ status }: { status: ApiTokenStatus }) {
  return <Badge tone={TOKEN_STATUS[status].tone}>{TOKEN_STATUS[status].label}</Badge>;
}

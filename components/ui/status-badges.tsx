import { Badge, type BadgeTone } from "@/components/ui/badge";
import { APPROVAL_STATE_LABELS, type ApprovalState } from "@/lib/approvals/approval-state";
import { CATALOG_STATUS_LABELS, type CatalogStatus } from "@/lib/catalog/approval-summary";
import { TERM_STATUS_LABELS, type TermStatus } from "@/lib/licensing/vocabulary";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/reviews/review-state";

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

/** A standing approval's state right now (an ACTIVE approval past its review-by date reads EXPIRED). */
export function ApprovalStateBadge({ state }: { state: ApprovalState }) {
  return <Badge tone={APPROVAL_STATE_TONES[state]}>{APPROVAL_STATE_LABELS[state]}</Badge>;
}

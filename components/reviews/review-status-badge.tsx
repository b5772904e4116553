import { Badge, type BadgeTone } from "@/components/ui/badge";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/reviews/review-state";

const TONES: Record<ReviewStatus, BadgeTone> = {
  SUBMITTED: "info",
  IN_REVIEW: "info",
  CHANGES_REQUESTED: "warn",
  APPROVED: "good",
  REJECTED: "bad",
  WITHDRAWN: "neutral",
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  return <Badge tone={TONES[status]}>{REVIEW_STATUS_LABELS[status]}</Badge>;
}

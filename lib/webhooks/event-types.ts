/**
 * The events a webhook endpoint can subscribe to, and the `data` each one carries. Closed: a writer
 * cannot enqueue an event outside this list, and the admin form offers exactly these.
 */
export const WEBHOOK_EVENT_TYPES = [
  "approval.granted",
  "approval.revoked",
  "approval.needs_review",
  "approval.expired",
  "review.submitted",
  "review.decided",
  "catalog.version.created",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "approval.granted": "An approval is granted",
  "approval.revoked": "An approval is revoked",
  "approval.needs_review": "An approval is flagged for re-review",
  "approval.expired": "An approval is recorded as expired",
  "review.submitted": "A review request is submitted",
  "review.decided": "A review request is approved or rejected",
  "catalog.version.created": "A checkpoint version is added to the catalog",
};

interface ApprovalRef {
  approvalId: string;
  versionId: string;
  /** null: an approval for every team. */
  teamId: string | null;
}

/** What each event's `data` holds: ids to fetch the rest through the API, and the facts of the change. */
export interface WebhookEventData {
  "approval.granted": ApprovalRef & { requestId: string | null; uses: string[]; reviewBy: string };
  "approval.revoked": ApprovalRef & { reason: string };
  "approval.needs_review": ApprovalRef & { reason: string };
  "approval.expired": ApprovalRef & { reasons: string[] };
  "review.submitted": { requestId: string; versionId: string; teamId: string; uses: string[]; round: number };
  "review.decided": { requestId: string; versionId: string; teamId: string; status: "APPROVED" | "REJECTED"; approvalId: string | null };
  "catalog.version.created": { versionId: string; checkpointId: string; version: string; viaRequest: boolean };
}

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

import { Badge, type BadgeTone } from "@/components/ui/badge";

const PRESENTATION: Record<string, { label: string; tone: BadgeTone }> = {
  APPROVED: { label: "Approved", tone: "good" },
  NEEDS_REVIEW: { label: "Needs review", tone: "warn" },
  IN_REVIEW: { label: "In review", tone: "info" },
  CHANGES_REQUESTED: { label: "Changes requested", tone: "warn" },
  REJECTED: { label: "Rejected", tone: "bad" },
  EXPIRED: { label: "Expired", tone: "warn" },
  REVOKED: { label: "Revoked", tone: "bad" },
  NOT_REVIEWED: { label: "Not reviewed", tone: "neutral" },
};

export function StatusBadge({ status }: { status: string }) {
  const presentation = PRESENTATION[status] ?? { label: status, tone: "neutral" as const };
  return <Badge tone={presentation.tone}>{presentation.label}</Badge>;
}

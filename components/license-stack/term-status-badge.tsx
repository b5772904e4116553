import { Badge, type BadgeTone } from "@/components/ui/badge";
import { TERM_STATUS_LABELS, type TermStatus } from "@/lib/licensing/vocabulary";

const TONES: Readonly<Record<TermStatus, BadgeTone>> = { ALLOWED: "good", CONDITIONAL: "info", FORBIDDEN: "bad", UNKNOWN: "warn" };

export function TermStatusBadge({ status }: { status: TermStatus }) {
  return <Badge tone={TONES[status]}>{TERM_STATUS_LABELS[status]}</Badge>;
}

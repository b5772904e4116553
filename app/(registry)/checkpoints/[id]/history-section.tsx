import Link from "next/link";
import type { HistoryEvent } from "@/lib/server/catalog/version-history";

export function HistorySection({ history, auditLink }: { history: { events: HistoryEvent[]; more: boolean }; auditLink: string | null }) {
  if (history.events.length === 0) return <p className="text-sm text-slate-600">No recorded changes.</p>;
  return (
    <div className="space-y-2 text-sm">
      <ol className="divide-y divide-slate-100">
        {history.events.map((event) => (
          <li key={event.id} className="flex flex-wrap gap-x-3 py-1.5">
            <time dateTime={event.createdAt.toISOString()} className="text-slate-500 tabular-nums">
              {event.createdAt.toISOString().slice(0, 16).replace("T", " ")}
            </time>
            <code className="text-xs">{event.action}</code>
            <span className="text-slate-600">by {event.actorLabel}</span>
            {summarize(event) && <span className="basis-full pl-2 text-slate-700">{summarize(event)}</span>}
          </li>
        ))}
      </ol>
      {history.more && (
        <p className="text-slate-600">
          Showing the latest {history.events.length} events.{" "}
          {auditLink ? <Link href={auditLink}>See every event in the audit trail</Link> : "Auditors can see every event in the audit trail."}
        </p>
      )}
    </div>
  );
}

const RE_REVIEW_KEYS = ["flaggedApprovals", "reReviewReason"];

/** One line of what changed, from the event's before/after. */
function summarize(event: HistoryEvent): string | null {
  const after = (event.after ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof after.reason === "string") parts.push(after.reason);
  if (event.action.startsWith("lineage.")) {
    const facts = (event.action === "lineage.edge_removed" ? event.before : event.after) as Record<string, unknown> | null;
    if (facts && typeof facts.parent === "string" && typeof facts.child === "string") parts.push(`${facts.parent} → ${facts.child}`);
  }
  const keys = Object.keys(after).filter((key) => key !== "revision" && !RE_REVIEW_KEYS.includes(key));
  if (keys.length > 0 && event.action.endsWith("updated")) parts.push(`Changed: ${keys.join(", ")}`);
  if (typeof after.reReviewReason === "string" && Array.isArray(after.flaggedApprovals)) {
    const count = after.flaggedApprovals.length;
    parts.push(`${after.reReviewReason} ${count} approval${count === 1 ? "" : "s"} flagged for re-review.`);
  }
  return parts.length > 0 ? parts.join(" ") : null;
}

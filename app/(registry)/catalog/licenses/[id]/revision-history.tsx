import { formatDate } from "@/lib/format";
import { INTENDED_USE_LABELS, INTENDED_USES } from "@/lib/licensing/vocabulary";
import type { LicenseForEdit } from "@/lib/server/catalog/admin-queries";
import { TermStatusBadge } from "@/components/ui/status-badges";

/** Every revision, newest first: the old ones stay for the record and for the approvals that relied on them. */
export function RevisionHistory({ revisions }: { revisions: LicenseForEdit["versions"] }) {
  return (
    <ol className="space-y-3">
      {revisions.map((revision, index) => (
        <li key={revision.id} className="rounded-md border border-slate-200 p-3 text-sm">
          <h3 className="font-medium">
            Revision {revision.revision}
            {index === 0 ? " (current)" : " (superseded, kept for the record)"}
            {revision.label ? ` · ${revision.label}` : ""}
          </h3>
          <p className="text-xs text-slate-500">
            Recorded {formatDate(revision.createdAt)} by {revision.createdBy} · {revision.approvalsRelying} approval{revision.approvalsRelying === 1 ? "" : "s"}{" "}
            relied on it
          </p>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {INTENDED_USES.map((use) => (
              <li key={use} className="flex items-start gap-2">
                <TermStatusBadge status={revision.terms[use].status} />
                <span>
                  {INTENDED_USE_LABELS[use]}
                  {revision.terms[use].condition && <span className="text-slate-500"> — {revision.terms[use].condition}</span>}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

import { formatDate } from "@/lib/format";
import { INTENDED_USE_LABELS, TERM_STATUS_LABELS } from "@/lib/licensing/vocabulary";
import type { ApprovalView } from "@/lib/approvals/approval-visibility";
import type { ApprovalDto } from "@/lib/server/catalog/version-detail";
import { RevokeApprovalForm } from "./revoke-approval-form";
import { ApprovalStateBadge } from "@/components/ui/status-badges";
import { Badge } from "@/components/ui/badge";

export function ApprovalsSection({ versionId, approvals, canRevoke }: { versionId: string; approvals: ApprovalView<ApprovalDto>[]; canRevoke: boolean }) {
  if (approvals.length === 0) {
    return <p className="text-sm text-slate-600">Not approved for any use yet. A team member can request a review from the Submit page.</p>;
  }
  return (
    <ul className="space-y-4">
      {approvals.map((approval) => (
        <li key={approval.id} className="rounded-md border border-slate-200 p-3 text-sm" aria-label={`Approval for ${approval.team?.name ?? "every team"}`}>
          <div className="flex flex-wrap items-center gap-2">
            <ApprovalStateBadge state={approval.state} />
            <span className="font-medium">{approval.team ? approval.team.name : "Every team"}</span>
            <span className="text-slate-500">
              granted {formatDate(approval.grantedAt)} · review by {formatDate(approval.reviewBy)}
            </span>
            {approval.waiverExpiringSoon && approval.state === "ACTIVE" && <Badge tone="warn">Waiver expires soon</Badge>}
          </div>
          {approval.state === "NEEDS_REVIEW" && approval.needsReviewReason && (
            <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-amber-900">
              Needs review{approval.needsReviewSince ? ` since ${formatDate(approval.needsReviewSince)}` : ""}: {approval.needsReviewReason}
            </p>
          )}
          {(approval.state === "EXPIRED" || approval.state === "REVOKED") && approval.stateReasons.length > 0 && (
            <p className="mt-2 text-slate-600">
              {approval.state === "REVOKED" && approval.revokedReason ? `Revoked: ${approval.revokedReason}` : `Expired: ${approval.stateReasons.join("; ")}.`}
            </p>
          )}
          <ul className="mt-2 space-y-1">
            {approval.uses.map((use) => {
              const waiver = approval.waivers.find((candidate) => candidate.use === use.use);
              return (
                <li key={use.use}>
                  <span className="font-medium">{INTENDED_USE_LABELS[use.use]}</span>{" "}
                  <span className="text-slate-500">({TERM_STATUS_LABELS[use.statusAtApproval]} when approved)</span>
                  {use.condition && <span className="text-slate-700"> — {use.condition}</span>}
                  {waiver && (
                    <span className="block pl-4 text-slate-700">
                      Waiver: {waiver.reason.replaceAll("_", " ").toLowerCase()}
                      {waiver.reference ? ` (${waiver.reference})` : ""}, by {waiver.grantedBy}, expires {formatDate(waiver.expiresAt)}. {waiver.comment}
                      {approval.rationaleWithheld && (
                        <span className="text-slate-500">
                          Its reference and comment are for {approval.team?.name ?? "the team"}, reviewers, auditors and admins.
                        </span>
                      )}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {approval.conditions.length > 0 && (
            <div className="mt-2">
              <p className="font-medium">Conditions</p>
              <ul className="list-disc pl-5 text-slate-700">
                {approval.conditions.map((condition) => (
                  <li key={condition}>{condition}</li>
                ))}
              </ul>
            </div>
          )}
          {canRevoke && (approval.state === "ACTIVE" || approval.state === "NEEDS_REVIEW") && <RevokeApprovalForm approvalId={approval.id} />}
          <details className="mt-2">
            <summary className="cursor-pointer text-indigo-700">Notice to carry with this model</summary>
            <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-2 text-xs whitespace-pre-wrap">{approval.notice}</pre>
          </details>
          <p className="mt-2">
            <a href={`/checkpoints/${versionId}/approvals/${approval.id}/notice`} download className="font-medium">
              Download the notice (Markdown)
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}

"use client";

import { useState, useTransition, type RefObject } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import type { LicenseRevisionPreview } from "@/lib/licensing/license-revision-preview";
import { TermStatusBadge } from "@/components/ui/status-badges";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";

export type PreviewAction = (previous: ActionResult<LicenseRevisionPreview> | null, formData: FormData) => Promise<ActionResult<LicenseRevisionPreview>>;

/** "What would this change do?": the approvals saving would flag, and the approved uses that would flip. */
export function LicenseChangePreview({ form, preview }: { form: RefObject<HTMLFormElement | null>; preview: PreviewAction }) {
  const [result, setResult] = useState<ActionResult<LicenseRevisionPreview> | null>(null);
  const [pending, startTransition] = useTransition();

  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        onClick={() => form.current && startTransition(async () => setResult(await preview(null, new FormData(form.current!))))}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? "Working out the impact…" : "Preview impact"}
      </button>
      <div aria-live="polite" data-testid="license-change-preview">
        {result && !result.ok && <p className="text-sm text-rose-700">{result.message}</p>}
        {result?.ok && <PreviewResult preview={result.data} />}
      </div>
    </div>
  );
}

function PreviewResult({ preview }: { preview: LicenseRevisionPreview }) {
  if (preview.approvalCount === 0) {
    return <p className="text-sm text-slate-600">No standing approval relies on this license: saving flags nothing for re-review.</p>;
  }
  return (
    <div className="space-y-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
      <p className="font-medium">
        Saving flags {preview.approvalCount} approval{preview.approvalCount === 1 ? "" : "s"} NEEDS_REVIEW;{" "}
        {preview.flippedUses === 0
          ? "no approved use changes its effective status."
          : `${preview.flippedUses} approved use${preview.flippedUses === 1 ? "" : "s"} would change effective status.`}
      </p>
      <ul className="space-y-1">
        {preview.approvals.map((approval) => (
          <li key={approval.approvalId}>
            <a href={`/checkpoints/${approval.versionId}`}>{approval.versionName}</a> <span className="text-slate-500">({approval.team})</span>
            {approval.flips.length > 0 ? (
              <span>
                {" — "}
                {approval.flips.map((flip) => (
                  <span key={flip.use} className="mr-2 inline-block">
                    {INTENDED_USE_LABELS[flip.use]}: <TermStatusBadge status={flip.from} /> → <TermStatusBadge status={flip.to} />
                  </span>
                ))}
              </span>
            ) : (
              <span className="text-slate-500"> — approved uses keep their status</span>
            )}
          </li>
        ))}
      </ul>
      {preview.approvalCount > preview.approvals.length && <p className="text-slate-600">…and {preview.approvalCount - preview.approvals.length} more.</p>}
    </div>
  );
}

"use client";

import { useActionState, useId, useState } from "react";
import { SubmitButton } from "@/components/ui/form-fields";
import { revokeApprovalAction } from "./actions";

/** Revoking is deliberate: the form opens on request, needs a reason, and asks once more. */
export function RevokeApprovalForm({ approvalId }: { approvalId: string }) {
  const [open, setOpen] = useState(false);
  const [state, dispatch, pending] = useActionState(revokeApprovalAction, null);
  const id = useId();
  const reasonError = state && !state.ok ? state.fieldErrors?.reason?.[0] : undefined;

  if (state?.ok)
    return (
      <p className="mt-2 text-sm text-rose-800" role="status">
        Approval revoked.
      </p>
    );
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="mt-2 text-sm text-rose-700 underline-offset-2 hover:underline">
        Revoke this approval…
      </button>
    );
  }
  return (
    <form
      action={dispatch}
      onSubmit={(event) => {
        if (!window.confirm("Revoke this approval? Everyone relying on it loses it at once.")) event.preventDefault();
      }}
      className="mt-2 space-y-2 rounded-md border border-rose-200 bg-rose-50 p-3"
      aria-label="Revoke approval"
    >
      <input type="hidden" name="approvalId" value={approvalId} />
      <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
        Reason for revoking
      </label>
      <textarea
        id={`${id}-reason`}
        name="reason"
        required
        rows={2}
        aria-describedby={reasonError ? `${id}-reason-error` : undefined}
        className="w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
      />
      {reasonError && (
        <p id={`${id}-reason-error`} className="text-sm text-rose-800">
          {reasonError}
        </p>
      )}
      <p aria-live="polite" className="text-sm text-rose-800">
        {state && !state.ok && !reasonError ? state.message : null}
      </p>
      <div className="flex gap-2">
        <SubmitButton pending={pending} label="Revoke approval" pendingLabel="Revoking…" tone="danger" />
        <button type="button" onClick={() => setOpen(false)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          Cancel
        </button>
      </div>
    </form>
  );
}

"use client";

import { useState } from "react";
import { useActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { withdrawReviewRequestAction } from "./actions";

/** The submitter's "withdraw": asks once more before taking the request back. */
export function WithdrawForm({ requestId, revision }: { requestId: string; revision: number }) {
  const { state, dispatch, pending, onSubmit } = useActionForm(withdrawReviewRequestAction);
  const [confirming, setConfirming] = useState(false);
  return (
    <form className="space-y-2" action={dispatch} onSubmit={onSubmit}>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="revision" value={revision} />
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span>Withdraw this request? Reviewers will no longer act on it.</span>
          <SubmitButton pending={pending} label="Yes, withdraw" pendingLabel="Withdrawing…" tone="danger" />
          <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-300 px-3 py-1.5">
            Keep it
          </button>
        </div>
      ) : (
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="rounded-md border border-rose-300 px-3 py-1.5 text-sm text-rose-700 hover:bg-rose-50"
        >
          Withdraw request
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}

"use client";

import { useActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextArea, TextField } from "@/components/ui/form-fields";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { recordOrganisationFactAction, withdrawOrganisationFactAction } from "./actions";

/** The organisation's answer to one condition: met or not, the evidence, and when to look again. */
export function RecordFactForm({ conditionKey, conditionLabel, defaultReviewBy }: { conditionKey: string; conditionLabel: string; defaultReviewBy: string }) {
  const { state, dispatch, pending, onSubmit, errors } = useActionForm(recordOrganisationFactAction);
  const prefix = `fact-${conditionKey}`;
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="space-y-3" aria-label={`Record the answer to: ${conditionLabel}`}>
      <input type="hidden" name="conditionKey" value={conditionKey} />
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Answer</legend>
        <div className="flex gap-4 text-sm">
          <label className="flex items-center gap-1">
            <input type="radio" name="met" value="true" defaultChecked aria-describedby={errors("met") ? `${prefix}-met-error` : undefined} /> Yes, the
            organisation meets it
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" name="met" value="false" /> No
          </label>
        </div>
        <FieldError id={`${prefix}-met-error`} errors={errors("met")} />
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="evidenceReference"
          label="Evidence reference"
          required
          errors={errors("evidenceReference")}
          placeholder="e.g. Stability registration #, finance memo"
        />
        <TextField name="reviewBy" label="Review by" type="date" required defaultValue={defaultReviewBy} errors={errors("reviewBy")} />
      </div>
      <TextArea name="note" label="Note (optional)" rows={2} errors={errors("note")} />
      <div className="flex items-center gap-3">
        <SubmitButton pending={pending} label="Record answer" pendingLabel="Recording…" />
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** Withdraws the current answer: the condition re-opens and the approvals that relied on it are flagged. */
export function WithdrawFactForm({ factId, conditionLabel }: { factId: string; conditionLabel: string }) {
  const { state, dispatch, pending, onSubmit, errors } = useActionForm(withdrawOrganisationFactAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate className="space-y-2" aria-label={`Withdraw the answer to: ${conditionLabel}`}>
      <input type="hidden" name="factId" value={factId} />
      <TextField name="reason" label="Reason for withdrawing" required errors={errors("reason")} />
      <SubmitButton pending={pending} label="Withdraw answer" pendingLabel="Withdrawing…" />
      <FormMessage state={state} />
    </form>
  );
}

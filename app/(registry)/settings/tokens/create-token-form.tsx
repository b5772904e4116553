"use client";

import { useActionForm } from "@/components/ui/action-form";
import { SecretShownOnce } from "@/components/ui/secret-shown-once";
import { SelectField, SubmitButton, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { submittedValue } from "@/lib/actions/action-result";
import { createApiTokenAction } from "./actions";

export function CreateTokenForm({ dayChoices, defaultDays }: { dayChoices: number[]; defaultDays: number }) {
  const { state, dispatch, pending, onSubmit, formRef, errors } = useActionForm(createApiTokenAction, { resetOnSuccess: true });

  return (
    <div className="mt-3 space-y-4">
      <form ref={formRef} action={dispatch} onSubmit={onSubmit} className="flex flex-wrap items-start gap-4" noValidate>
        <TextField
          name="name"
          label="Name"
          maxLength={80}
          defaultValue={submittedValue(state, "name")}
          placeholder="e.g. render-farm-ci"
          errors={errors("name")}
          className="min-w-64 flex-1"
        />
        <SelectField
          name="expiresInDays"
          label="Expires after"
          defaultValue={submittedValue(state, "expiresInDays") ?? String(defaultDays)}
          options={dayChoices.map((days) => ({ value: String(days), label: days === 365 ? "1 year" : `${days} days` }))}
          errors={errors("expiresInDays")}
        />
        <div className="pt-6">
          <SubmitButton pending={pending} label="Create token" pendingLabel="Creating…" size="md" />
        </div>
      </form>
      {state && !state.ok && <FormMessage state={state} />}
      {state?.ok && <NewToken name={state.data.name} token={state.data.token} expiresAt={state.data.expiresAt} />}
    </div>
  );
}

/** The secret, shown this once: it is stored only as a hash and cannot be shown again. */
function NewToken({ name, token, expiresAt }: { name: string; token: string; expiresAt: string }) {
  return (
    <SecretShownOnce
      value={token}
      inputId="new-token-value"
      label="New API token"
      noun="the token"
      testId="new-token"
      heading={`Copy “${name}” now: this is the only time it is shown. It expires on ${expiresAt.slice(0, 10)}.`}
      footer="Store it like a password. Anyone who has it can call the API as you until it expires or you revoke it."
    />
  );
}

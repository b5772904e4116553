"use client";

import { useActionState, useEffect, useRef } from "react";
import { submitKeepingValues } from "@/components/ui/action-form";
import { SecretShownOnce } from "@/components/ui/secret-shown-once";
import { FieldError, fieldErrors, FormMessage } from "@/components/ui/form-message";
import { submittedValue } from "@/lib/actions/action-result";
import { createApiTokenAction } from "./actions";

export function CreateTokenForm({ dayChoices, defaultDays }: { dayChoices: number[]; defaultDays: number }) {
  const [state, formAction, pending] = useActionState(createApiTokenAction, null);
  const form = useRef<HTMLFormElement>(null);
  const errors = (field: string) => fieldErrors(state, field);

  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);

  return (
    <div className="mt-3 space-y-4">
      <form ref={form} action={formAction} onSubmit={submitKeepingValues(formAction)} className="flex flex-wrap items-start gap-4" noValidate>
        <div className="min-w-64 flex-1">
          <label htmlFor="token-name" className="block text-sm font-medium">
            Name
          </label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={80}
            defaultValue={submittedValue(state, "name")}
            placeholder="e.g. render-farm-ci"
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
            aria-invalid={!!errors("name")}
            aria-describedby={errors("name") ? "token-name-error" : undefined}
          />
          <FieldError id="token-name-error" errors={errors("name")} />
        </div>
        <div>
          <label htmlFor="token-days" className="block text-sm font-medium">
            Expires after
          </label>
          <select
            id="token-days"
            name="expiresInDays"
            defaultValue={submittedValue(state, "expiresInDays") ?? String(defaultDays)}
            className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2"
            aria-invalid={!!errors("expiresInDays")}
            aria-describedby={errors("expiresInDays") ? "token-days-error" : undefined}
          >
            {dayChoices.map((days) => (
              <option key={days} value={days}>
                {days === 365 ? "1 year" : `${days} days`}
              </option>
            ))}
          </select>
          <FieldError id="token-days-error" errors={errors("expiresInDays")} />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="mt-6 rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60"
        >
          {pending ? "Creating…" : "Create token"}
        </button>
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

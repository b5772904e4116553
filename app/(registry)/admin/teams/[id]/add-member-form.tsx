"use client";

import { useActionState, useEffect, useRef } from "react";
import { submitKeepingValues } from "@/components/ui/action-form";
import { FieldError, fieldErrors, FormMessage } from "@/components/ui/form-message";
import { addTeamMemberAction } from "../actions";

export function AddMemberForm({ teamId }: { teamId: string }) {
  const [state, formAction, pending] = useActionState(addTeamMemberAction, null);
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrors(state, "email");
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={formAction} onSubmit={submitKeepingValues(formAction)} className="space-y-2" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="member-email" className="block text-sm font-medium">
            Add member by email
          </label>
          <input
            id="member-email"
            name="email"
            type="email"
            required
            autoComplete="off"
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5"
            aria-invalid={!!errors}
            aria-describedby={errors ? "member-email-error" : undefined}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60"
        >
          {pending ? "Adding…" : "Add member"}
        </button>
      </div>
      <FieldError id="member-email-error" errors={errors} />
      {!errors && <FormMessage state={state} />}
    </form>
  );
}

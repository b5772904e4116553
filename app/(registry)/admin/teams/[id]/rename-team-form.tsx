"use client";

import { useActionState } from "react";
import { submitKeepingValues } from "@/components/ui/action-form";
import { FieldError, fieldErrors, FormMessage } from "@/components/ui/form-message";
import { renameTeamAction } from "../actions";

export function RenameTeamForm({ teamId, name }: { teamId: string; name: string }) {
  const [state, formAction, pending] = useActionState(renameTeamAction, null);
  const errors = fieldErrors(state, "name");
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} className="mt-3 space-y-2" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="team-new-name" className="block text-sm font-medium">
            Team name
          </label>
          <input
            id="team-new-name"
            name="name"
            required
            defaultValue={name}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5"
            aria-invalid={!!errors}
            aria-describedby={errors ? "team-new-name-error" : undefined}
          />
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50 disabled:opacity-60"
        >
          {pending ? "Renaming…" : "Rename"}
        </button>
      </div>
      <FieldError id="team-new-name-error" errors={errors} />
      {!errors && <FormMessage state={state} />}
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { submitKeepingValues } from "@/components/ui/action-form";
import { FieldError, fieldErrors, FormMessage } from "@/components/ui/form-message";
import { submittedValue } from "@/lib/actions/action-result";
import { createTeamAction } from "./actions";

export function CreateTeamForm() {
  const [state, formAction, pending] = useActionState(createTeamAction, null);
  const errors = (field: string) => fieldErrors(state, field);
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} className="mt-3 space-y-3" noValidate>
      <div className="flex flex-wrap gap-4">
        <div className="min-w-64 flex-1">
          <label htmlFor="team-name" className="block text-sm font-medium">
            Name
          </label>
          <input
            id="team-name"
            name="name"
            required
            defaultValue={submittedValue(state, "name")}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
            aria-invalid={!!errors("name")}
            aria-describedby={errors("name") ? "team-name-error" : undefined}
          />
          <FieldError id="team-name-error" errors={errors("name")} />
        </div>
        <div className="min-w-64 flex-1">
          <label htmlFor="team-slug" className="block text-sm font-medium">
            Short name <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <input
            id="team-slug"
            name="slug"
            defaultValue={submittedValue(state, "slug")}
            placeholder="derived from the name"
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
            aria-invalid={!!errors("slug")}
            aria-describedby={["team-slug-hint", errors("slug") ? "team-slug-error" : ""].filter(Boolean).join(" ")}
          />
          <p id="team-slug-hint" className="mt-1 text-sm text-slate-500">
            Lowercase letters, digits and hyphens; it never changes.
          </p>
          <FieldError id="team-slug-error" errors={errors("slug")} />
        </div>
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
        {pending ? "Creating…" : "Create team"}
      </button>
    </form>
  );
}

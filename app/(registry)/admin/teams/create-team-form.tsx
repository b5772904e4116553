"use client";

import { useActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { createTeamAction } from "./actions";

export function CreateTeamForm() {
  const { state, dispatch, pending, onSubmit, errors, sent } = useActionForm(createTeamAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="mt-3 space-y-3" noValidate>
      <div className="flex flex-wrap gap-4">
        <TextField name="name" label="Name" defaultValue={sent("name")} errors={errors("name")} className="min-w-64 flex-1" />
        <TextField
          name="slug"
          label="Short name"
          optional
          mono
          defaultValue={sent("slug")}
          placeholder="derived from the name"
          hint="Lowercase letters, digits and hyphens; it never changes."
          errors={errors("slug")}
          className="min-w-64 flex-1"
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton pending={pending} label="Create team" pendingLabel="Creating…" size="md" />
    </form>
  );
}

"use client";

import { useActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { renameTeamAction } from "../actions";

export function RenameTeamForm({ teamId, name }: { teamId: string; name: string }) {
  const { state, dispatch, pending, onSubmit, errors, sent } = useActionForm(renameTeamAction);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="mt-3 space-y-2" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <div className="flex flex-wrap items-start gap-2">
        <TextField name="name" label="Team name" defaultValue={sent("name") ?? name} errors={errors("name")} className="min-w-64 flex-1" />
        <div className="pt-6">
          <SubmitButton pending={pending} label="Rename" pendingLabel="Renaming…" tone="secondary" />
        </div>
      </div>
      {!errors("name") && <FormMessage state={state} />}
    </form>
  );
}

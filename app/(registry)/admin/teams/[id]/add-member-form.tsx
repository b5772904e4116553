"use client";

import { useActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { addTeamMemberAction } from "../actions";

export function AddMemberForm({ teamId }: { teamId: string }) {
  const { state, dispatch, pending, onSubmit, formRef, errors } = useActionForm(addTeamMemberAction, { resetOnSuccess: true });
  return (
    <form ref={formRef} action={dispatch} onSubmit={onSubmit} className="space-y-2" noValidate>
      <input type="hidden" name="teamId" value={teamId} />
      <div className="flex flex-wrap items-start gap-2">
        <TextField name="email" type="email" label="Add member by email" autoComplete="off" errors={errors("email")} className="min-w-64 flex-1" />
        <div className="pt-6">
          <SubmitButton pending={pending} label="Add member" pendingLabel="Adding…" />
        </div>
      </div>
      {!errors("email") && <FormMessage state={state} />}
    </form>
  );
}

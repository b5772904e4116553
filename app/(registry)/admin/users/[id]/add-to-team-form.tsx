"use client";

import { useActionState } from "react";
import { SelectField, SubmitButton } from "@/components/ui/form-fields";
import { InlineMessage } from "@/components/ui/form-message";
import { addTeamMemberAction } from "../../teams/actions";

export function AddToTeamForm({ email, teams }: { email: string; teams: { id: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(addTeamMemberAction, null);
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="email" value={email} />
      <SelectField name="teamId" label="Add to team" options={teams.map((team) => ({ value: team.id, label: team.name }))} />
      <SubmitButton pending={pending} label="Add" pendingLabel="Adding…" />
      <InlineMessage state={state} className="basis-full text-sm" errorsOnly />
    </form>
  );
}

"use client";

import { useActionState, useId } from "react";
import { InlineMessage } from "@/components/ui/form-message";
import { addTeamMemberAction } from "../../teams/actions";

export function AddToTeamForm({ email, teams }: { email: string; teams: { id: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(addTeamMemberAction, null);
  const selectId = useId();
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="email" value={email} />
      <div>
        <label htmlFor={selectId} className="block text-sm font-medium">
          Add to team
        </label>
        <select id={selectId} name="teamId" required className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
          {teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60"
      >
        {pending ? "Adding…" : "Add"}
      </button>
      <InlineMessage state={state} className="basis-full text-sm" errorsOnly />
    </form>
  );
}

"use client";

import { useActionState, useState } from "react";
import { submitKeepingValues } from "@/components/ui/action-form";
import { FieldError, fieldErrors, FormMessage } from "@/components/ui/form-message";
import { submittedValue, submittedValues } from "@/lib/actions/action-result";
import { MIN_PASSWORD_LENGTH } from "@/lib/schemas/admin";
import { createUserAction } from "../actions";

const input = "mt-1 w-full rounded-md border border-slate-300 px-3 py-2";

export function CreateUserForm({
  teams,
  roles,
  ssoName,
}: {
  teams: { id: string; name: string }[];
  roles: { value: string; label: string }[];
  ssoName: string | null;
}) {
  const [state, formAction, pending] = useActionState(createUserAction, null);
  // After a refused post without JavaScript the page is rendered afresh: start from what was sent (never the password).
  const [signIn, setSignIn] = useState<"password" | "invite">(submittedValue(state, "signIn") === "invite" ? "invite" : "password");
  const sentRoles = submittedValues(state, "roles") ?? [];
  const sentTeams = submittedValues(state, "teamIds") ?? [];
  const errors = (field: string) => fieldErrors(state, field);
  const describedBy = (field: string) => (errors(field) ? `${field}-error` : undefined);

  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      noValidate
    >
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          required
          autoComplete="off"
          defaultValue={submittedValue(state, "email")}
          className={input}
          aria-invalid={!!errors("email")}
          aria-describedby={describedBy("email")}
        />
        <FieldError id="email-error" errors={errors("email")} />
      </div>
      <div>
        <label htmlFor="name" className="block text-sm font-medium">
          Name <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <input
          id="name"
          name="name"
          autoComplete="off"
          defaultValue={submittedValue(state, "name")}
          className={input}
          aria-invalid={!!errors("name")}
          aria-describedby={describedBy("name")}
        />
        <FieldError id="name-error" errors={errors("name")} />
      </div>

      <fieldset aria-describedby={describedBy("signIn")}>
        <legend className="text-sm font-medium">Signs in with</legend>
        <div className="mt-2 space-y-2 text-sm">
          <label className="flex items-start gap-2">
            <input type="radio" name="signIn" value="password" checked={signIn === "password"} onChange={() => setSignIn("password")} className="mt-1" />
            <span>An initial password you set now and pass on to them</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="signIn" value="invite" checked={signIn === "invite"} onChange={() => setSignIn("invite")} className="mt-1" />
            <span>
              Invite: no password; they sign in through {ssoName ?? "single sign-on (OpenID Connect)"} with this email
              {!ssoName && <span className="block text-amber-800">Single sign-on is not configured on this server yet.</span>}
            </span>
          </label>
        </div>
        <FieldError id="signIn-error" errors={errors("signIn")} />
      </fieldset>

      {signIn === "password" && (
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Initial password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            className={input}
            aria-invalid={!!errors("password")}
            aria-describedby={["password-hint", describedBy("password")].filter(Boolean).join(" ")}
          />
          <p id="password-hint" className="mt-1 text-sm text-slate-500">
            At least {MIN_PASSWORD_LENGTH} characters.
          </p>
          <FieldError id="password-error" errors={errors("password")} />
        </div>
      )}

      <fieldset aria-describedby={describedBy("roles")}>
        <legend className="text-sm font-medium">Org roles</legend>
        <p className="text-sm text-slate-500">Leave all unchecked for someone who browses and submits for their teams.</p>
        <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
          {roles.map((role) => (
            <label key={role.value} className="flex items-center gap-2">
              <input type="checkbox" name="roles" value={role.value} defaultChecked={sentRoles.includes(role.value)} />
              {role.label}
            </label>
          ))}
        </div>
        <FieldError id="roles-error" errors={errors("roles")} />
      </fieldset>

      <fieldset aria-describedby={describedBy("teamIds")}>
        <legend className="text-sm font-medium">Teams</legend>
        {teams.length === 0 ? (
          <p className="text-sm text-slate-500">There are no teams yet; you can add them to teams later.</p>
        ) : (
          <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
            {teams.map((team) => (
              <label key={team.id} className="flex items-center gap-2">
                <input type="checkbox" name="teamIds" value={team.id} defaultChecked={sentTeams.includes(team.id)} />
                {team.name}
              </label>
            ))}
          </div>
        )}
        <FieldError id="teamIds-error" errors={errors("teamIds")} />
      </fieldset>

      <FormMessage state={state} />
      <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
        {pending ? "Creating…" : "Create user"}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/action-result";
import { InlineMessage } from "./form-message";

const TONES = {
  default: {
    form: "inline-flex flex-col items-start gap-1",
    button: "rounded-md px-2.5 py-1 text-sm font-medium disabled:opacity-60 border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
    message: "text-sm",
  },
  primary: {
    form: "inline-flex flex-col items-start gap-1",
    button: "rounded-md px-2.5 py-1 text-sm font-medium disabled:opacity-60 bg-indigo-600 text-white hover:bg-indigo-700",
    message: "text-sm",
  },
  /** A small removal in a list: on success its row disappears, so only a failure is shown. */
  remove: {
    form: "inline-flex flex-col items-start",
    button: "rounded-md border border-rose-300 bg-white px-2 py-0.5 text-xs font-medium text-rose-700 hover:bg-rose-50 disabled:opacity-60",
    message: "text-xs",
  },
} as const;

/** A one-click change (grant a role, reactivate, remove a layer) with its outcome shown next to the button. */
export function ActionButton<T>({
  action,
  fields,
  label,
  accessibleLabel,
  pendingLabel = "Saving…",
  tone = "default",
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: string;
  /** When the visible label needs its row for context ("Grant" → "Grant Legal reviewer"). */
  accessibleLabel?: string;
  pendingLabel?: string;
  tone?: keyof typeof TONES;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const classes = TONES[tone];
  return (
    <form action={formAction} className={classes.form}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} aria-label={accessibleLabel} className={classes.button}>
        {pending ? pendingLabel : label}
      </button>
      <InlineMessage state={state} className={classes.message} errorsOnly={tone === "remove"} />
    </form>
  );
}

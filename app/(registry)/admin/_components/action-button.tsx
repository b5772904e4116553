"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/server/action-result";

type Action = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** A one-click change (grant a role, reactivate) with its outcome shown next to the button. */
export function ActionButton({
  action,
  fields,
  label,
  accessibleLabel,
  pendingLabel,
  tone = "default",
}: {
  action: Action;
  fields: Record<string, string>;
  label: string;
  /** When the visible label needs its row for context ("Grant" → "Grant Legal reviewer"). */
  accessibleLabel?: string;
  pendingLabel?: string;
  tone?: "default" | "primary";
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const classes =
    tone === "primary"
      ? "bg-indigo-600 text-white hover:bg-indigo-700"
      : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50";
  return (
    <form action={formAction} className="inline-flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={accessibleLabel}
        className={`rounded-md px-2.5 py-1 text-sm font-medium disabled:opacity-60 ${classes}`}
      >
        {pending ? (pendingLabel ?? "Saving…") : label}
      </button>
      <span aria-live="polite" className="text-sm">
        {state && !state.ok && (
          <span role="alert" className="text-rose-700">
            {state.message}
          </span>
        )}
        {state?.ok && state.message && <span className="text-emerald-700">{state.message}</span>}
      </span>
    </form>
  );
}

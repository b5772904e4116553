"use client";

import { useActionState, useEffect, useId, useRef } from "react";
import type { FormAction } from "@/lib/actions/action-result";
import { InlineMessage } from "./form-message";

/**
 * A destructive change behind a confirmation dialog (deactivate, revoke, remove). The native
 * <dialog> traps focus, closes on Escape and returns focus to the button that opened it.
 */
export function ConfirmAction<T>({
  action,
  fields,
  label,
  accessibleLabel,
  title,
  description,
  confirmLabel,
}: {
  action: FormAction<T>;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  title: string;
  description: React.ReactNode;
  confirmLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    if (state) dialog.current?.close();
  }, [state]);

  return (
    <div className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        aria-label={accessibleLabel}
        className="rounded-md border border-rose-300 bg-white px-2.5 py-1 text-sm font-medium text-rose-700 hover:bg-rose-50"
      >
        {label}
      </button>
      <InlineMessage state={state} className="text-sm" />
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="m-auto w-full max-w-md rounded-lg border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form action={formAction} className="space-y-4 p-5">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <div id={descriptionId} className="text-sm text-slate-700">
            {description}
          </div>
          <div className="flex justify-end gap-2">
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
            >
              Cancel
            </button>
            <button
              type="submit"
              disabled={pending}
              className="rounded-md bg-rose-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-rose-700 disabled:opacity-60"
            >
              {pending ? "Working…" : confirmLabel}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}

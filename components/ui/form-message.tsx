import type { ActionResult } from "@/lib/actions/action-result";

/** The form-level outcome of an action, announced to screen readers. */
export function FormMessage({ id, state }: { id?: string; state: ActionResult<unknown> | null }) {
  return (
    <div aria-live="polite" id={id}>
      {state && !state.ok && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {state.message}
        </p>
      )}
      {state?.ok && state.message && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{state.message}</p>}
    </div>
  );
}

/**
 * The outcome of a one-click form, next to its button. `errorsOnly` where success speaks for itself
 * (the row it removed disappears, the list it added to grows).
 */
export function InlineMessage({ state, className, errorsOnly = false }: { state: ActionResult<unknown> | null; className: string; errorsOnly?: boolean }) {
  return (
    <span aria-live="polite" className={className}>
      {state && !state.ok && (
        <span role="alert" className="text-rose-700">
          {state.message}
        </span>
      )}
      {!errorsOnly && state?.ok && state.message && <span className="text-emerald-700">{state.message}</span>}
    </span>
  );
}

/** The errors of one field, referenced by the field's aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-rose-700">
      {errors.join(" ")}
    </p>
  );
}

export function fieldErrors(state: ActionResult<unknown> | null, field: string): string[] | undefined {
  return state && !state.ok ? state.fieldErrors?.[field] : undefined;
}

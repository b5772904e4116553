"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/server/action-result";

// The catalog administration forms' building blocks: each field with its label, its errors under
// it (aria-describedby) and the form's outcome in an aria-live region.

export type FormAction<T = unknown> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

const INPUT = "w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm aria-[invalid=true]:border-rose-500";

/**
 * useActionState without React's automatic reset after a submission: when the server refuses the
 * input, the admin sees their own values next to the errors. Without JavaScript the form's
 * `action` still posts to the server action.
 */
export function useCatalogForm<T>(action: FormAction<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, dispatch, pending, onSubmit, errors: (field: string) => (state && !state.ok ? state.fieldErrors?.[field] : undefined) };
}

export function FormMessage({ state }: { state: ActionResult<unknown> | null }) {
  return (
    <div aria-live="polite">
      {state && !state.ok && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {state.message}
        </p>
      )}
      {state?.ok && state.message && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">{state.message}</p>}
    </div>
  );
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-rose-700">
      {errors.join(" ")}
    </p>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
}

function Field({ name, label, hint, errors, required, children }: FieldProps & { children: (props: { id: string; describedBy: string | undefined }) => React.ReactNode }) {
  const id = `field-${name.replace(/\./g, "-")}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
        {required && <span className="text-rose-700"> *</span>}
      </label>
      {children({ id, describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextField(props: FieldProps & { defaultValue?: string | number | null; type?: string; placeholder?: string }) {
  return (
    <Field {...props}>
      {({ id, describedBy }) => (
        <input
          id={id}
          name={props.name}
          type={props.type ?? "text"}
          defaultValue={props.defaultValue ?? ""}
          placeholder={props.placeholder}
          required={props.required}
          aria-invalid={props.errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT}
        />
      )}
    </Field>
  );
}

export function TextArea(props: FieldProps & { defaultValue?: string | null; rows?: number }) {
  return (
    <Field {...props}>
      {({ id, describedBy }) => (
        <textarea
          id={id}
          name={props.name}
          rows={props.rows ?? 3}
          defaultValue={props.defaultValue ?? ""}
          aria-invalid={props.errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT}
        />
      )}
    </Field>
  );
}

export function SelectField(props: FieldProps & { defaultValue?: string | null; options: readonly { value: string; label: string }[] }) {
  return (
    <Field {...props}>
      {({ id, describedBy }) => (
        <select
          id={id}
          name={props.name}
          defaultValue={props.defaultValue ?? ""}
          aria-invalid={props.errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function SubmitButton({ pending, label, pendingLabel = "Saving…" }: { pending: boolean; label: string; pendingLabel?: string }) {
  return (
    <button type="submit" disabled={pending} className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60">
      {pending ? pendingLabel : label}
    </button>
  );
}

/** A one-click change (remove a layer, remove an edge) with its outcome next to the button. */
export function InlineActionButton({ action, fields, label, accessibleLabel }: { action: FormAction; fields: Record<string, string>; label: string; accessibleLabel: string }) {
  const { state, pending, onSubmit, dispatch } = useCatalogForm(action);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="inline-flex flex-col items-start">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={accessibleLabel}
        className="rounded-md border border-rose-300 bg-white px-2 py-0.5 text-xs font-medium text-rose-700 hover:bg-rose-50 disabled:opacity-60"
      >
        {pending ? "Removing…" : label}
      </button>
      <span aria-live="polite" className="text-xs">
        {state && !state.ok && (
          <span role="alert" className="text-rose-700">
            {state.message}
          </span>
        )}
      </span>
    </form>
  );
}

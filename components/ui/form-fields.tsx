"use client";

import { FieldError } from "./form-message";

// Form building blocks: each field with its label, its errors under it (aria-describedby); the
// form's outcome goes in a FormMessage (./form-message) and useActionForm (./action-form) runs it.

const INPUT = "w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm aria-[invalid=true]:border-rose-500";

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
}

function Field({
  name,
  label,
  hint,
  errors,
  required,
  children,
}: FieldProps & { children: (props: { id: string; describedBy: string | undefined }) => React.ReactNode }) {
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
      <FieldError id={`${id}-error`} errors={errors} />
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

const SUBMIT_SIZES = {
  sm: "rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-60",
  /** A long form's one main button. */
  md: "rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-700 disabled:cursor-not-allowed disabled:opacity-60",
} as const;

export function SubmitButton({
  pending,
  label,
  pendingLabel = "Saving…",
  size = "sm",
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  size?: keyof typeof SUBMIT_SIZES;
}) {
  return (
    <button type="submit" disabled={pending} className={SUBMIT_SIZES[size]}>
      {pending ? pendingLabel : label}
    </button>
  );
}

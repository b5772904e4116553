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
  /** Shown after the label, in a lighter weight: "(optional)". */
  optional?: boolean;
  /** Layout of the field's box in its form (e.g. "min-w-64 flex-1"). */
  className?: string;
}

function Field({
  name,
  label,
  hint,
  errors,
  required,
  optional,
  className,
  children,
}: FieldProps & { children: (props: { id: string; describedBy: string | undefined }) => React.ReactNode }) {
  const id = `field-${name.replace(/\./g, "-")}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
        {required && <span className="text-rose-700"> *</span>}
        {optional && <span className="font-normal text-slate-500"> (optional)</span>}
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

export function TextField(
  props: FieldProps & {
    defaultValue?: string | number | null;
    type?: string;
    placeholder?: string;
    autoComplete?: string;
    maxLength?: number;
    /** Addresses, keys and slugs read better in a fixed-width font. */
    mono?: boolean;
  },
) {
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
          autoComplete={props.autoComplete}
          maxLength={props.maxLength}
          aria-invalid={props.errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={props.mono ? `${INPUT} font-mono` : INPUT}
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
  sm: "px-3 py-1.5",
  /** A long form's one main button. */
  md: "px-4 py-2",
} as const;

const SUBMIT_TONES = {
  primary: "bg-indigo-600 text-white hover:bg-indigo-700",
  /** A second action beside a form's main one. */
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  /** Withdraw, revoke: what cannot be taken back. */
  danger: "bg-rose-700 text-white hover:bg-rose-800",
} as const;

export function SubmitButton({
  pending,
  label,
  pendingLabel = "Saving…",
  size = "sm",
  tone = "primary",
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  size?: keyof typeof SUBMIT_SIZES;
  tone?: keyof typeof SUBMIT_TONES;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded-md text-sm font-medium disabled:cursor-not-allowed disabled:opacity-60 ${SUBMIT_SIZES[size]} ${SUBMIT_TONES[tone]}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

import { FieldError as FieldErrorText } from "@/components/ui/form-message";

// Field-level feedback shared by the controlled submit and review forms: each field's errors sit
// under it (linked with aria-describedby). The form's outcome is components/ui's FormMessage.

export type FieldErrors = Record<string, string[] | undefined> | undefined;

export function errorId(name: string): string {
  return `${name.replace(/[^A-Za-z0-9_-]/g, "-")}-error`;
}

/** aria attributes for a control whose errors FieldError renders. */
export function describedBy(name: string, errors: FieldErrors, hintId?: string) {
  const invalid = Boolean(errors?.[name]?.length);
  const ids = [hintId, invalid ? errorId(name) : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": invalid || undefined, "aria-describedby": ids || undefined };
}

export function FieldError({ name, errors }: { name: string; errors: FieldErrors }) {
  return <FieldErrorText id={errorId(name)} errors={errors?.[name]} />;
}

export const inputClass =
  "w-full rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm aria-[invalid=true]:border-rose-500 disabled:bg-slate-100";
export const labelClass = "mb-1 block text-sm font-medium text-slate-800";
export const hintClass = "mt-1 text-xs text-slate-500";

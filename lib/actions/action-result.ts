/**
 * What every server action returns, and what its form renders: `message`, each field's errors, and
 * on a refusal the values the person submitted, so a form posted without JavaScript (which renders
 * the server's answer as a fresh page) can show them again.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: Record<string, string[]>; values?: SubmittedValues };

export type ActionErrorCode = "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "VALIDATION" | "INTERNAL" | "UNAVAILABLE";

/** A form's text fields as submitted: one value, or every value of a repeated field (checkbox groups). */
export type SubmittedValues = Record<string, string | string[]>;

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

/** The value a refused submission carried for a field, for the field's `defaultValue`. */
export function submittedValue(state: ActionResult<unknown> | null, field: string): string | undefined {
  const value = state && !state.ok ? state.values?.[field] : undefined;
  return Array.isArray(value) ? value[0] : value;
}

/** Every value a refused submission carried for a repeated field (a checkbox group); undefined when there was no refusal. */
export function submittedValues(state: ActionResult<unknown> | null, field: string): string[] | undefined {
  if (!state || state.ok || !state.values) return undefined;
  const value = state.values[field];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * A form's server action as `useActionState` calls it (and as a form without JavaScript posts it).
 * Declared as a method so a form typed for any result (`FormAction`) accepts an action with a
 * specific one: the previous state is only ever what the action itself returned.
 */
export type FormAction<T = unknown> = {
  action(previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>>;
}["action"];

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult, FormAction, SubmittedValues } from "@/lib/actions/action-result";
import { formInput } from "@/lib/catalog/form-input";
import type { Actor } from "@/lib/policy/capabilities";
import { toActionResult, zodFieldErrors } from "@/lib/server/action-result";
import { requireActionUser, type CurrentUser } from "@/lib/server/auth/current-user";

/**
 * The one pipeline every server action goes through (after dub's `safe-action.ts` and formbricks'
 * `action-client`, without next-safe-action): input → schema → session → mutation → revalidate →
 * typed result (or redirect). An `actions.ts` file is a list of `defineFormAction`/`defineCallAction`
 * declarations; nothing in it catches errors, reads the session or shapes a result by hand.
 *
 * The input is checked before the session is read: a request the schema refuses never reaches the
 * database, and a NUL byte or an argument that is not the form it should be (a crafted request)
 * becomes a validation result, never "Something went wrong".
 */

export interface ActionContext {
  /** The caller as the policy sees them; mutations authorise with it. */
  actor: Actor;
  /** The signed-in user as pages show them (email for audit labels, team names). */
  user: CurrentUser;
}

/** A path to revalidate after a successful call: a literal path, or a route pattern with its type. */
export type Revalidation = string | { path: string; type: "layout" | "page" };

/** `void` mutations give `undefined` data. */
type Data<T> = [T] extends [void] ? undefined : T;

interface Declaration<S extends z.ZodType, T> {
  /** Names the action in logs (the reference a user quotes). */
  name: string;
  /** The real check of the input; its errors become field errors keyed by input name. */
  schema: S;
  /** The mutation, given the parsed input and the caller. Throws AppErrors for expected refusals. */
  run(input: z.output<S>, context: ActionContext): Promise<T>;
  /** What to revalidate after success: paths, or a function of the result. */
  revalidate?: readonly Revalidation[] | ((data: Data<T>, input: z.output<S>) => readonly Revalidation[]);
  /** A unique-constraint violation on one of these columns becomes that field's error, with this message. */
  uniqueFields?: Record<string, string>;
}

export interface FormActionDeclaration<S extends z.ZodType, T> extends Declaration<S, T> {
  /** How the form's fields become the schema's input; by default `formInput` (dotted names nest). */
  read?: (formData: FormData) => unknown;
  /** The success message the form shows. */
  message?: string | ((data: Data<T>) => string);
  /** Where to go after success: `redirect()` runs after revalidation, outside any try/catch. */
  redirectTo?: (data: Data<T>) => string;
  /** Fields never echoed back on a refusal (passwords are never echoed). */
  secretFields?: readonly string[];
}

/** An action called directly from a client component with a plain value (or nothing). */
export type CallAction<I, T> = undefined extends I ? (input?: I) => Promise<ActionResult<T>> : (input: I) => Promise<ActionResult<T>>;

const declared = new WeakMap<object, "form" | "call">();

/** Whether a function was declared through this pipeline (the test over every `actions.ts` asks). */
export function isDeclaredAction(candidate: unknown): boolean {
  return typeof candidate === "function" && declared.has(candidate);
}

/** How a declared action is called: with (previous state, FormData), or with a value. */
export function declaredActionKind(candidate: unknown): "form" | "call" | undefined {
  return typeof candidate === "function" ? declared.get(candidate) : undefined;
}

/** A server action posted by a form: `(previous state, FormData)`. */
export function defineFormAction<S extends z.ZodType, T>(declaration: FormActionDeclaration<S, T>): FormAction<Data<T>> {
  const action: FormAction<Data<T>> = async (_previous, formData) => {
    if (!(formData instanceof FormData)) return unreadableForm();
    const values = submittedValues(formData, declaration.secretFields);
    const nul = fieldsWithNul(formData);
    if (nul) return { ...nul, values };
    const result = await execute(declaration, () => (declaration.read ?? formInput)(formData));
    if (!result.ok) return { ...result, values };
    if (declaration.redirectTo) redirect(declaration.redirectTo(result.data));
    const message = typeof declaration.message === "function" ? declaration.message(result.data) : declaration.message;
    return message === undefined ? result : { ...result, message };
  };
  declared.set(action, "form");
  return action;
}

/** A server action called with a value (an id) or nothing, e.g. from a button's click handler. */
export function defineCallAction<S extends z.ZodType, T>(declaration: Declaration<S, T>): CallAction<z.input<S>, Data<T>> {
  const action = async (...args: unknown[]): Promise<ActionResult<Data<T>>> => {
    if (args.length > 1) return refusedInput("This action takes one value.");
    if (containsNul(args[0])) return refusedInput("The request contains a character that cannot be stored (NUL).");
    return execute(declaration, () => args[0]);
  };
  declared.set(action, "call");
  return action as CallAction<z.input<S>, Data<T>>;
}

async function execute<S extends z.ZodType, T>(declaration: Declaration<S, T>, read: () => unknown): Promise<ActionResult<Data<T>>> {
  let data: Data<T>;
  let input: z.output<S>;
  try {
    const parsed = declaration.schema.safeParse(read());
    if (!parsed.success) return { ok: false, code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors: zodFieldErrors(parsed.error) };
    input = parsed.data;
    const context = await requireActionUser();
    data = (await declaration.run(input, context)) as Data<T>;
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound(), forbidden() are control flow, not failures
    return toActionResult(error, declaration.name, declaration.uniqueFields);
  }
  const paths = typeof declaration.revalidate === "function" ? declaration.revalidate(data, input) : (declaration.revalidate ?? []);
  for (const target of paths) {
    if (typeof target === "string") revalidatePath(target);
    else revalidatePath(target.path, target.type);
  }
  return { ok: true, data };
}

function unreadableForm(): ActionResult<never> {
  return refusedInput("This form could not be read. Reload the page and send it again.");
}

function refusedInput(message: string): ActionResult<never> {
  return { ok: false, code: "VALIDATION", message, fieldErrors: { _form: [message] } };
}

const NUL_MESSAGE = "This field contains a character that cannot be stored (NUL). Remove it and send the form again.";

/** PostgreSQL text cannot hold U+0000: refuse it per field before anything reads the input. */
function fieldsWithNul(formData: FormData): ActionResult<never> | null {
  const fieldErrors: Record<string, string[]> = {};
  for (const [name, value] of formData.entries()) {
    if (name.includes("\u0000")) fieldErrors._form = [NUL_MESSAGE];
    else if (typeof value === "string" && value.includes("\u0000")) fieldErrors[name] = [NUL_MESSAGE];
  }
  if (Object.keys(fieldErrors).length === 0) return null;
  return { ok: false, code: "VALIDATION", message: "Please correct the highlighted fields.", fieldErrors };
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 8 || typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([key, inner]) => key.includes("\u0000") || containsNul(inner, depth + 1));
}

const NEVER_ECHOED = new Set(["password"]);

/** The form's text fields (not files, not React's `$ACTION_` fields, not secrets), to show again after a refusal. */
function submittedValues(formData: FormData, secretFields: readonly string[] = []): SubmittedValues {
  const values: SubmittedValues = {};
  for (const name of new Set(formData.keys())) {
    if (name.startsWith("$") || NEVER_ECHOED.has(name) || secretFields.includes(name)) continue;
    const texts = formData.getAll(name).filter((value): value is string => typeof value === "string");
    if (texts.length === 1) values[name] = texts[0]!;
    else if (texts.length > 1) values[name] = texts;
  }
  return values;
}

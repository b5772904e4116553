import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { Prisma } from "@/lib/server/generated/prisma/client";

/** What every server action returns: the form renders `message` and each field's errors. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

/** Field errors of a zod failure, keyed by dotted path. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** Parses input with a schema; throws a ValidationError the action turns into field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("Please correct the highlighted fields.", "VALIDATION", zodFieldErrors(result.error));
  }
  return result.data;
}

/** Turns any thrown error into a result the UI can show. Unexpected errors never leak details. */
export function toActionResult(error: unknown, context: string, uniqueFieldNames: Record<string, string> = {}): ActionResult<never> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
    const target = ([] as string[]).concat((error.meta?.target as string[] | string | undefined) ?? []);
    const field = target.find((name) => name in uniqueFieldNames);
    const message = field ? uniqueFieldNames[field]! : "That already exists.";
    return { ok: false, code: "CONFLICT", message, fieldErrors: field ? { [field]: [message] } : undefined };
  }
  const reference = logUnexpected(error, context);
  return { ok: false, code: "INTERNAL", message: `Something went wrong (reference ${reference}). Nothing was saved.` };
}

/** Runs an action body and converts failures; `redirect()` must be called outside of this. */
export async function runAction<T>(context: string, body: () => Promise<T>, uniqueFieldNames?: Record<string, string>): Promise<ActionResult<T>> {
  try {
    return ok(await body());
  } catch (error) {
    unstable_rethrow(error); // redirect(), notFound() and friends are control flow, not failures
    return toActionResult(error, context, uniqueFieldNames);
  }
}

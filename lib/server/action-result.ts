import "server-only";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { isDatabaseUnavailable } from "@/lib/server/db/database-unavailable";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { Prisma } from "@/lib/server/generated/prisma/client";

/** Field errors of a zod failure, keyed by dotted path (the form's input names). */
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
  if (isDatabaseUnavailable(error)) {
    // A burst that outlasted the transaction wait, or a database restarting: the write rolled back
    // whole, so trying again is safe.
    const reference = logUnexpected(error, `${context} (database busy or unreachable)`);
    return { ok: false, code: "UNAVAILABLE", message: `The registry is busy right now (reference ${reference}). Nothing was saved; try again in a moment.` };
  }
  const reference = logUnexpected(error, context);
  return { ok: false, code: "INTERNAL", message: `Something went wrong (reference ${reference}). Nothing was saved.` };
}

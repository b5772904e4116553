import "server-only";
import { randomUUID } from "node:crypto";
import type { Decision } from "@/lib/policy/capabilities";

/** Expected failures: their message is written for the person who will read it. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly code: "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "CONFLICT" | "VALIDATION",
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export class NotFoundError extends AppError {
  constructor(message = "Not found.") {
    super(message, "NOT_FOUND");
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do that.") {
    super(message, "FORBIDDEN");
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super(message, "UNAUTHENTICATED");
  }
}

export class ConflictError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, "CONFLICT", fieldErrors);
  }
}

export class ValidationError extends AppError {
  constructor(message: string, fieldErrors?: Record<string, string[]>) {
    super(message, "VALIDATION", fieldErrors);
  }
}

/** Throws ForbiddenError (or UnauthenticatedError for anonymous callers) when the policy says no. */
export function assertAllowed(decision: Decision, signedIn = true): void {
  if (decision.allowed) return;
  throw signedIn ? new ForbiddenError(decision.reason) : new UnauthenticatedError(decision.reason);
}

/** Logs an unexpected error with a reference the user can quote, and returns that reference. */
export function logUnexpected(error: unknown, context: string): string {
  const reference = randomUUID().slice(0, 8);
  console.error(`[${reference}] ${context}:`, error);
  return reference;
}

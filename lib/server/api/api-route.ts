import "server-only";
import { apiError } from "@/lib/server/api/responses";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/server/db/database-unavailable";
import { logUnexpected } from "@/lib/server/errors";

/**
 * Wraps an /api/v1 route handler so that whatever it throws is still the documented JSON error:
 * `503 UNAVAILABLE` with `Retry-After` when the database cannot serve the request right now,
 * `500 INTERNAL` with a logged reference otherwise. Never an empty body, never an internal message.
 */
export function apiRoute<Args extends unknown[]>(name: string, handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        console.error(`${name}: database unavailable (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
        return apiError("UNAVAILABLE", "The registry's database is unavailable right now. Try again shortly.", undefined, {
          "Retry-After": String(RETRY_AFTER_SECONDS),
        });
      }
      const reference = logUnexpected(error, name);
      return apiError("INTERNAL", `Something went wrong (reference ${reference}).`);
    }
  };
}

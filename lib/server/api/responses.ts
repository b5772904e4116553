import "server-only";
import type { ApiErrorCode } from "@/lib/api/error-response";

/** JSON error bodies of the /api/v1 routes: `{ error: { code, message } }` with a stable `code` (lib/api/error-response.ts). */
export type { ApiErrorCode };

const STATUS: Record<ApiErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_REQUEST: 400,
  CONFLICT: 409,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export function apiError(code: ApiErrorCode, message: string, details?: unknown, extraHeaders: Record<string, string> = {}): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store", ...extraHeaders };
  if (code === "UNAUTHENTICATED") headers["WWW-Authenticate"] = 'Bearer realm="checkpoint-registry"';
  return Response.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status: STATUS[code], headers });
}

export function apiJson(body: unknown, init: ResponseInit = {}): Response {
  return Response.json(body, { ...init, headers: { "Cache-Control": "no-store", ...init.headers } });
}

import { z } from "zod";
import { apiRegistry } from "@/lib/api/api-registry";

/** Stable codes of /api/v1 error bodies. */
export const API_ERROR_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "INVALID_REQUEST", "CONFLICT", "INTERNAL", "UNAVAILABLE"] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string().describe("For people: what went wrong and what to do."),
      details: z.record(z.string(), z.string()).optional().describe("INVALID_REQUEST: a message per invalid parameter."),
    }),
  })
  .register(apiRegistry, { id: "Error", description: "Every /api/v1 error: `{ error: { code, message, details? } }`." });

import { z } from "zod";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";

/** GET /api/v1/lookup?sha256=<hex>[&use=<INTENDED_USE>][&team=<slug>] */
export const lookupQuerySchema = z.object({
  sha256: z
    .string({ message: "sha256 is required: the file's SHA-256 as 64 hexadecimal characters." })
    .regex(/^[0-9a-fA-F]{64}$/, { message: "sha256 must be 64 hexadecimal characters." })
    .transform((value) => value.toLowerCase()),
  use: z.enum(INTENDED_USES, { message: `use is one of ${INTENDED_USES.join(", ")}.` }).optional(),
  team: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "team is a team slug, e.g. creative-studio." })
    .max(80)
    .optional(),
});
export type LookupQuery = z.infer<typeof lookupQuerySchema>;

export function parseLookupQuery(params: URLSearchParams): { ok: true; query: LookupQuery } | { ok: false; errors: Record<string, string> } {
  const raw: Record<string, string> = {};
  for (const key of ["sha256", "use", "team"]) {
    const value = params.get(key);
    if (value) raw[key] = value.trim();
  }
  const parsed = lookupQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_")] ??= issue.message;
  return { ok: false, errors };
}

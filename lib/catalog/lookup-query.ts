import { z } from "zod";
import { AUTOV2_LENGTH } from "@/lib/catalog/autov2";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";

/** GET /api/v1/lookup?sha256=<hex>|autov2=<10 hex>[&use=<INTENDED_USE>][&team=<slug>] */
export const lookupQuerySchema = z
  .object({
    sha256: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, { message: "sha256 must be 64 hexadecimal characters." })
      .transform((value) => value.toLowerCase())
      .optional(),
    autov2: z
      .string()
      .regex(new RegExp(`^[0-9a-fA-F]{${AUTOV2_LENGTH}}$`), {
        message: `autov2 must be ${AUTOV2_LENGTH} hexadecimal characters (the first ${AUTOV2_LENGTH} of the SHA-256).`,
      })
      .transform((value) => value.toLowerCase())
      .optional(),
    use: z.enum(INTENDED_USES, { message: `use is one of ${INTENDED_USES.join(", ")}.` }).optional(),
    team: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "team is a team slug, e.g. creative-studio." })
      .max(80)
      .optional(),
  })
  .superRefine((query, context) => {
    if (query.sha256 === undefined && query.autov2 === undefined) {
      context.addIssue({
        code: "custom",
        path: ["sha256"],
        message: "sha256 is required: the file's SHA-256 as 64 hexadecimal characters (or autov2, its first 10).",
      });
    }
    if (query.sha256 !== undefined && query.autov2 !== undefined) {
      context.addIssue({ code: "custom", path: ["autov2"], message: "Send sha256 or autov2, not both." });
    }
  });
export type LookupQuery = z.infer<typeof lookupQuerySchema>;

export function parseLookupQuery(params: URLSearchParams): { ok: true; query: LookupQuery } | { ok: false; errors: Record<string, string> } {
  const raw: Record<string, string> = {};
  for (const key of ["sha256", "autov2", "use", "team"]) {
    const value = params.get(key);
    if (value) raw[key] = value.trim();
  }
  const parsed = lookupQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_")] ??= issue.message;
  return { ok: false, errors };
}

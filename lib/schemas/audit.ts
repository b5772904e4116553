import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => (value ? value : undefined));

const optionalDate = z
  .string()
  .optional()
  .transform((value, context) => {
    if (!value) return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      context.addIssue({ code: "custom", message: "Use a date like 2026-11-26." });
      return z.NEVER;
    }
    return value;
  });

/** The audit trail's filters, as they appear in the URL of /audit and its exports. */
export const auditFilterSchema = z
  .object({
    actor: optionalText,
    action: optionalText,
    subjectType: optionalText,
    checkpoint: optionalText,
    team: z
      .string()
      .uuid()
      .optional()
      .or(z.literal("").transform(() => undefined)),
    from: optionalDate,
    to: optionalDate,
    before: z
      .string()
      .regex(/^\d+$/)
      .optional()
      .or(z.literal("").transform(() => undefined)),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, { message: "The start date must not be after the end date.", path: ["to"] });

export type AuditFilters = z.infer<typeof auditFilterSchema>;

export function auditFiltersFromSearchParams(params: Record<string, string | string[] | undefined> | URLSearchParams): {
  filters: AuditFilters;
  errors: Record<string, string>;
} {
  const raw: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const single = Array.isArray(value) ? value[0] : value;
    if (single !== undefined) raw[key] = single;
  }
  const parsed = auditFilterSchema.safeParse(raw);
  if (parsed.success) return { filters: parsed.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_")] ??= issue.message;
  return { filters: { actor: undefined, action: undefined, subjectType: undefined, checkpoint: undefined, from: undefined, to: undefined }, errors };
}

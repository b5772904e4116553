import { z } from "zod";
import { DAY_KEY, MONTH_KEY } from "@/lib/overview/calendar";

const REPORT_STATES = ["ACTIVE", "NEEDS_REVIEW", "EXPIRED", "REVOKED", "EXPIRING_SOON"] as const;

export const approvalsReportFilterSchema = z.object({
  state: z.enum(REPORT_STATES).optional().catch(undefined),
  team: z.string().uuid().optional().catch(undefined),
  checkpoint: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => value || undefined),
  /** With `from`/`to`: standing approvals whose review-by date ("review") or a waiver ("waiver") falls in those days. */
  expiring: z.enum(["review", "waiver"]).optional().catch(undefined),
  from: z.string().regex(DAY_KEY).optional().catch(undefined),
  to: z.string().regex(DAY_KEY).optional().catch(undefined),
  /** Approvals granted in this month (`YYYY-MM`, UTC). */
  granted: z.string().regex(MONTH_KEY).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});

export function approvalsReportFiltersFrom(params: Record<string, string | string[] | undefined> | URLSearchParams) {
  const raw: Record<string, string> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    const single = Array.isArray(value) ? value[0] : value;
    if (single) raw[key] = single;
  }
  return approvalsReportFilterSchema.parse(raw);
}

import { z } from "zod";
import { lookupQuerySchema } from "@/lib/catalog/lookup-query";

/** GET /api/v1/bom?team=<slug>&use=<USE> (and the approvals report's download): both required. */
export const bomQuerySchema = z.object({
  team: lookupQuerySchema.shape.team.unwrap().describe("Team slug: approvals for this team and those for every team count."),
  use: lookupQuerySchema.shape.use.unwrap().describe("The intended use the approvals must cover."),
});
export type BomQuery = z.infer<typeof bomQuerySchema>;

export function parseBomQuery(params: URLSearchParams): { ok: true; query: BomQuery } | { ok: false; errors: Record<string, string> } {
  const parsed = bomQuerySchema.safeParse({ team: params.get("team")?.trim() || undefined, use: params.get("use")?.trim() || undefined });
  if (parsed.success) return { ok: true, query: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues)
    errors[String(issue.path[0] ?? "_")] ??= issue.code === "invalid_type" ? `${String(issue.path[0])} is required.` : issue.message;
  return { ok: false, errors };
}

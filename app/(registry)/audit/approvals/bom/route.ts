import { parseBomQuery } from "@/lib/api/bom-query";
import { bomFileName } from "@/lib/bom/cyclonedx-bom";
import { canReadAudit } from "@/lib/policy/capabilities";
import { authorizeRoute } from "@/lib/server/auth/route-access";
import { bomResponse } from "@/lib/server/bom/bom-response";
import { getTeamBom } from "@/lib/server/bom/load-bom";

export const dynamic = "force-dynamic";

/** GET /audit/approvals/bom?team=&use= — the approvals report's team BOM download (signed-in session). */
export async function GET(request: Request) {
  const user = await authorizeRoute(canReadAudit);
  if (user instanceof Response) return user;
  const url = new URL(request.url);
  const parsed = parseBomQuery(url.searchParams);
  if (!parsed.ok) return Response.json({ error: { code: "INVALID_REQUEST", message: "Choose a team and a use.", details: parsed.errors } }, { status: 400 });
  const bom = await getTeamBom(parsed.query, url.origin);
  if (!bom) return Response.json({ error: { code: "NOT_FOUND", message: "No team has this slug." } }, { status: 404 });
  return bomResponse(bom, bomFileName(["approved", parsed.query.team, parsed.query.use, new Date().toISOString().slice(0, 10)]));
}

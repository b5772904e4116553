import { parseBomQuery } from "@/lib/api/bom-query";
import { canBrowse } from "@/lib/policy/capabilities";
import { authorizeApiRequest } from "@/lib/server/api/authenticate";
import { apiError } from "@/lib/server/api/responses";
import { bomResponse } from "@/lib/server/bom/bom-response";
import { getTeamBom } from "@/lib/server/bom/load-bom";

export const dynamic = "force-dynamic";

/** GET /api/v1/bom?team=<slug>&use=<USE> — a CycloneDX 1.6 ML-BOM of everything approved for that team and use right now. */
export async function GET(request: Request) {
  const caller = await authorizeApiRequest(request, canBrowse);
  if (caller instanceof Response) return caller;

  const parsed = parseBomQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError("INVALID_REQUEST", "Some query parameters are invalid.", parsed.errors);
  const bom = await getTeamBom(parsed.query, new URL(request.url).origin);
  if (!bom) return apiError("NOT_FOUND", "No team has this slug.");
  return bomResponse(bom);
}

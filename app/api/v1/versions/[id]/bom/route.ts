import { canBrowse } from "@/lib/policy/capabilities";
import { authorizeApiRequest } from "@/lib/server/api/authenticate";
import { apiError } from "@/lib/server/api/responses";
import { bomResponse } from "@/lib/server/bom/bom-response";
import { getVersionBom } from "@/lib/server/bom/load-bom";
import { isVersionId } from "@/lib/server/catalog/version-detail";

export const dynamic = "force-dynamic";

/** GET /api/v1/versions/{id}/bom — the version as a CycloneDX 1.6 ML-BOM, its lineage as pedigree. */
export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  const caller = await authorizeApiRequest(request, canBrowse);
  if (caller instanceof Response) return caller;

  const { id } = await context.params;
  if (!isVersionId(id)) return apiError("INVALID_REQUEST", "The version id must be a UUID.");
  const bom = await getVersionBom(id, new URL(request.url).origin);
  if (!bom) return apiError("NOT_FOUND", "No checkpoint version has this id.");
  return bomResponse(bom);
}

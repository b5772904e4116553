import { bomFileName } from "@/lib/bom/cyclonedx-bom";
import { canBrowse } from "@/lib/policy/capabilities";
import { authorizeRoute } from "@/lib/server/auth/route-access";
import { bomResponse } from "@/lib/server/bom/bom-response";
import { getVersionBom } from "@/lib/server/bom/load-bom";
import { isVersionId } from "@/lib/server/catalog/version-detail";

export const dynamic = "force-dynamic";

/** GET /checkpoints/:id/bom — the detail page's "Download CycloneDX BOM" (signed-in session; /api/v1 takes tokens only). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await authorizeRoute(canBrowse);
  if (user instanceof Response) return user;
  const { id } = await params;
  const bom = isVersionId(id) ? await getVersionBom(id, new URL(request.url).origin) : null;
  if (!bom) return Response.json({ error: { code: "NOT_FOUND", message: "No checkpoint version has this id." } }, { status: 404 });
  const component = bom.components[0]!;
  return bomResponse(bom, bomFileName([component.name, component.version]));
}

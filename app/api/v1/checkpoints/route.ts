import { canBrowse } from "@/lib/policy/capabilities";
import { authenticateApiRequest } from "@/lib/server/api/authenticate";
import { apiError, apiJson } from "@/lib/server/api/responses";
import { listCatalog } from "@/lib/server/catalog/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/checkpoints?q=&page= — catalogued versions, 50 a page. */
export async function GET(request: Request) {
  const caller = await authenticateApiRequest(request);
  if (caller instanceof Response) return caller;
  const decision = canBrowse(caller.actor);
  if (!decision.allowed) return apiError("FORBIDDEN", decision.reason);
  const url = new URL(request.url);
  const page = await listCatalog({ query: url.searchParams.get("q") ?? undefined, page: Number(url.searchParams.get("page") ?? 1) || 1 });
  return apiJson(page);
}

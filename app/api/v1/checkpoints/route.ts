import type { z } from "zod";
import type { checkpointListSchema } from "@/lib/api/checkpoints-response";
import { parseBrowseQuery } from "@/lib/catalog/browse-query";
import { canBrowse } from "@/lib/policy/capabilities";
import { apiRoute } from "@/lib/server/api/api-route";
import { authorizeApiRequest } from "@/lib/server/api/authenticate";
import { apiError, apiJson } from "@/lib/server/api/responses";
import { listBrowse } from "@/lib/server/catalog/queries";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/checkpoints — the browse page's filters, sorting and paging as query parameters
 * (q, arch, kind, prompt, status, approved, effective, effectiveStatus, license, team, sort, page).
 */
export const GET = apiRoute("GET /api/v1/checkpoints", async (request: Request) => {
  const caller = await authorizeApiRequest(request, canBrowse);
  if (caller instanceof Response) return caller;

  const parsed = parseBrowseQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError("INVALID_REQUEST", "Some query parameters are invalid.", parsed.errors);
  const result = await listBrowse(parsed.query);
  return apiJson({
    data: result.rows.map((row) => ({ ...row, url: `/checkpoints/${row.id}`, api: `/api/v1/versions/${row.id}` })),
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    total: result.total,
    totalCapped: result.totalCapped,
  } satisfies z.infer<typeof checkpointListSchema>);
});

import { approvalForViewer } from "@/lib/approvals/approval-visibility";
import { canBrowse } from "@/lib/policy/capabilities";
import { apiRoute } from "@/lib/server/api/api-route";
import { authorizeApiRequest } from "@/lib/server/api/authenticate";
import { apiError, apiJson } from "@/lib/server/api/responses";
import { isVersionId } from "@/lib/server/catalog/version-detail";
import { getVersionDetail } from "@/lib/server/catalog/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/versions/{id} — a version with its lineage, license layers, effective terms and approvals. */
export const GET = apiRoute("GET /api/v1/versions/{id}", async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const caller = await authorizeApiRequest(request, canBrowse);
  if (caller instanceof Response) return caller;

  const { id } = await context.params;
  if (!isVersionId(id)) return apiError("INVALID_REQUEST", "The version id must be a UUID.");
  const detail = await getVersionDetail(id);
  if (!detail) return apiError("NOT_FOUND", "No checkpoint version has this id.");
  const { history: _history, approvals, ...rest } = detail;
  // The same view of each approval as the checkpoint page gives this caller (lib/approvals/approval-visibility.ts).
  const visible = approvals.map((approval) => {
    const { notice: _notice, ...view } = approvalForViewer(approval, caller.actor);
    return view;
  });
  return apiJson({ ...rest, approvals: visible, url: `/checkpoints/${detail.id}` });
});

import { canBrowse } from "@/lib/policy/capabilities";
import { toActor } from "@/lib/server/auth/current-user";
import { authorizeRoute } from "@/lib/server/auth/route-access";
import { loadApprovalNotice } from "@/lib/server/approvals/approval-notice";
import { noticeResponse } from "@/lib/server/approvals/notice-response";

export const dynamic = "force-dynamic";

/** GET /checkpoints/:id/approvals/:approvalId/notice — the notice the detail page shows, as a Markdown file. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; approvalId: string }> }) {
  const user = await authorizeRoute(canBrowse);
  if (user instanceof Response) return user;
  const { id, approvalId } = await params;
  return noticeResponse(await loadApprovalNotice(approvalId, toActor(user), { versionId: id }), "This checkpoint version has no such approval.");
}

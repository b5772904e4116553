import { canBrowse } from "@/lib/policy/capabilities";
import { toActor } from "@/lib/server/auth/current-user";
import { authorizeRoute } from "@/lib/server/auth/route-access";
import { loadApprovalNotice } from "@/lib/server/approvals/approval-notice";
import { noticeResponse } from "@/lib/server/approvals/notice-response";

export const dynamic = "force-dynamic";

/** GET /approvals/:id/notice — the approval's notice (linked from the request page), the same file as the detail page's. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await authorizeRoute(canBrowse);
  if (user instanceof Response) return user;
  const { id } = await params;
  return noticeResponse(await loadApprovalNotice(id, toActor(user)), "No such approval.");
}

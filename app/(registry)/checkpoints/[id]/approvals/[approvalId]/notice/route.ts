import { NOTICE_CONTENT_TYPE } from "@/lib/catalog/notice-file";
import { canBrowse } from "@/lib/policy/capabilities";
import { toActor } from "@/lib/server/auth/current-user";
import { authorizeRoute } from "@/lib/server/auth/route-access";
import { loadApprovalNoticeFile } from "@/lib/server/catalog/approval-notice-file";

export const dynamic = "force-dynamic";

/** GET /checkpoints/:id/approvals/:approvalId/notice — the notice the detail page shows, as a Markdown file. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; approvalId: string }> }) {
  const user = await authorizeRoute(canBrowse);
  if (user instanceof Response) return user;
  const { id, approvalId } = await params;
  const notice = await loadApprovalNoticeFile(id, approvalId, toActor(user));
  if (notice === null) return Response.json({ error: { code: "NOT_FOUND", message: "This checkpoint version has no such approval." } }, { status: 404 });
  if (notice === "forbidden") return Response.json({ error: { code: "FORBIDDEN", message: "You may not read this approval." } }, { status: 403 });
  return new Response(notice.text, {
    headers: {
      "Content-Type": NOTICE_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${notice.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

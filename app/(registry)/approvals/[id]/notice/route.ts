import { getCurrentUser, toActor } from "@/lib/server/auth/current-user";
import { getApprovalNotice } from "@/lib/server/reviews/approval-notice";

export const dynamic = "force-dynamic";

/** GET /approvals/:id/notice — the approval's notice (attribution, pass-through restrictions) as a text file. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return text("Sign in to download this notice.", 401);
  const notice = await getApprovalNotice(id, toActor(user));
  if (notice === null) return text("No such approval.", 404);
  if (notice === "forbidden") return text("This approval belongs to another team.", 403);
  return new Response(notice.text, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="${notice.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

function text(message: string, status: number): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

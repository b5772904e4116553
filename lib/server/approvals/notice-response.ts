import "server-only";
import { NOTICE_CONTENT_TYPE } from "@/lib/catalog/notice-file";
import type { NoticeFile } from "@/lib/server/approvals/approval-notice";

/** The notice as a Markdown attachment, or the API's error shape for a missing or unreadable approval. */
export function noticeResponse(notice: NoticeFile | "forbidden" | null, notFoundMessage: string): Response {
  if (notice === null) return Response.json({ error: { code: "NOT_FOUND", message: notFoundMessage } }, { status: 404 });
  if (notice === "forbidden") return Response.json({ error: { code: "FORBIDDEN", message: "You may not read this approval." } }, { status: 403 });
  return new Response(notice.text, {
    headers: {
      "Content-Type": NOTICE_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${notice.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

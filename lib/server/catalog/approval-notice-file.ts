import "server-only";
import { approvalForViewer } from "@/lib/approvals/approval-visibility";
import { noticeFileName } from "@/lib/catalog/notice-file";
import { canReadApproval, type Actor } from "@/lib/policy/capabilities";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { loadVersionDetail } from "@/lib/server/catalog/version-detail";

export interface NoticeFile {
  fileName: string;
  text: string;
}

/**
 * The notice of one approval of a version, exactly as the detail page shows it to this reader:
 * another team's reader gets it without the waivers' references and comments
 * (lib/approvals/approval-visibility.ts). null when the version has no such approval.
 */
export async function loadApprovalNoticeFile(
  versionId: string,
  approvalId: string,
  actor: Actor | null,
  db: PrismaClient = prisma,
): Promise<NoticeFile | "forbidden" | null> {
  const detail = await loadVersionDetail(db, versionId);
  const approval = detail?.approvals.find((candidate) => candidate.id === approvalId);
  if (!detail || !approval) return null;
  if (!canReadApproval(actor, { teamId: approval.team?.id ?? null }).allowed) return "forbidden";
  return { fileName: noticeFileName(detail.checkpoint.slug, detail.version), text: approvalForViewer(approval, actor).notice };
}

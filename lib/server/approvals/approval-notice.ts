import "server-only";
import { approvalNotices } from "@/lib/approvals/approval-notice";
import { noticeFileName } from "@/lib/catalog/notice-file";
import { canReadApproval, canReadApprovalRationale, type Actor } from "@/lib/policy/capabilities";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { isUuid } from "@/lib/uuid";

export interface NoticeFile {
  fileName: string;
  text: string;
}

/**
 * The notice of one approval as a file, exactly as the detail page shows it to this reader (another
 * team's reader gets it without the waivers' references and comments). With `versionId`, only an
 * approval of that version is found. null when there is no such approval.
 */
export async function loadApprovalNotice(
  approvalId: string,
  actor: Actor | null,
  options: { versionId?: string } = {},
  db: PrismaClient = prisma,
): Promise<NoticeFile | "forbidden" | null> {
  if (!isUuid(approvalId) || (options.versionId !== undefined && !isUuid(options.versionId))) return null;
  const approval = await db.approval.findUnique({
    where: { id: approvalId },
    select: {
      versionId: true,
      teamId: true,
      conditions: true,
      reviewBy: true,
      effectiveTerms: true,
      team: { select: { name: true } },
      uses: { select: { use: true, condition: true } },
      waivers: { select: { use: true, reason: true, reference: true, comment: true, expiresAt: true } },
      version: { select: { version: true, checkpoint: { select: { name: true, slug: true } } } },
    },
  });
  if (!approval || (options.versionId !== undefined && approval.versionId !== options.versionId)) return null;
  if (!canReadApproval(actor, approval).allowed) return "forbidden";
  const { checkpoint, version } = approval.version;
  const notices = approvalNotices(approval, `${checkpoint.name} ${version}`);
  return {
    fileName: noticeFileName(checkpoint.slug, version),
    text: canReadApprovalRationale(actor, approval).allowed ? notices.notice : notices.publicNotice,
  };
}

import "server-only";
import { withoutRationale } from "@/lib/approvals/approval-visibility";
import { canReadApproval, canReadApprovalRationale, type Actor } from "@/lib/policy/capabilities";
import { prisma } from "@/lib/server/db/prisma";
import type { EffectiveTerms } from "@/lib/licensing/effective-terms";
import { buildNotice } from "@/lib/licensing/notice";
import type { EffectiveTermsSnapshot } from "@/lib/licensing/snapshot";

/**
 * The notice of an approval as a downloadable text: built from the effective-terms snapshot the
 * approval relied on (not today's terms), so it says what was approved and on which terms.
 */
export async function getApprovalNotice(approvalId: string, actor: Actor | null): Promise<{ fileName: string; text: string } | "forbidden" | null> {
  if (!/^[0-9a-f-]{36}$/i.test(approvalId)) return null;
  const approval = await prisma.approval.findUnique({
    where: { id: approvalId },
    select: {
      teamId: true,
      conditions: true,
      reviewBy: true,
      effectiveTerms: true,
      team: { select: { name: true } },
      uses: { select: { use: true } },
      waivers: { select: { use: true, reason: true, reference: true, comment: true, expiresAt: true } },
      version: { select: { version: true, checkpoint: { select: { name: true, slug: true } } } },
    },
  });
  if (!approval) return null;
  if (!canReadApproval(actor, approval).allowed) return "forbidden";
  // The snapshot leaves out the per-layer detail, which the notice does not read.
  const terms = { ...(approval.effectiveTerms as unknown as EffectiveTermsSnapshot), layers: [] } satisfies EffectiveTerms;
  const versionName = `${approval.version.checkpoint.name} ${approval.version.version}`;
  const text = buildNotice(terms, {
    versionName,
    approvedUses: approval.uses.map((use) => use.use),
    conditions: approval.conditions,
    // Another team's reader gets the notice without the waivers' references and comments.
    waivers: canReadApprovalRationale(actor, approval).allowed ? approval.waivers : withoutRationale(approval.waivers),
    teamName: approval.team?.name ?? null,
    reviewBy: approval.reviewBy,
  });
  const slug = `${approval.version.checkpoint.slug}-${approval.version.version}`.replace(/[^A-Za-z0-9._-]+/g, "-");
  return { fileName: `notice-${slug}.txt`, text };
}

import "server-only";
import type { ExpiryWeek } from "@/lib/overview/expiry-timeline";
import type { MonthCount } from "@/lib/overview/grants-per-month";
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import { canReadProcessOverview, type Actor } from "@/lib/policy/capabilities";
import { prisma } from "@/lib/server/db/prisma";
import { countApprovedVersionsByUse } from "@/lib/server/overview/approvals-by-use";
import { getExpiryTimeline } from "@/lib/server/overview/expiring-approvals";
import { getGrantsPerMonth } from "@/lib/server/overview/grants-per-month";
import { getLicenceMix, type LicenceMix } from "@/lib/server/overview/licence-mix";
import { getLineageViolations, type LineageViolations } from "@/lib/server/overview/lineage-violations";
import { getReviewBacklog, type ReviewBacklog } from "@/lib/server/overview/review-backlog";

export interface Overview {
  approvedByUse: { use: IntendedUse; count: number }[];
  licenceMix: LicenceMix;
  violations: LineageViolations;
  /** Only for those canReadProcessOverview allows. */
  process: { backlog: ReviewBacklog; expiring: ExpiryWeek[]; grantsPerMonth: MonthCount[] } | null;
}

export async function getOverview(actor: Actor, now = new Date()): Promise<Overview> {
  const process = canReadProcessOverview(actor).allowed;
  const [approvedByUse, licenceMix, violations, backlog, expiring, grantsPerMonth] = await Promise.all([
    countApprovedVersionsByUse(prisma),
    getLicenceMix(prisma),
    getLineageViolations(prisma),
    process ? getReviewBacklog(prisma) : null,
    process ? getExpiryTimeline(prisma, now) : null,
    process ? getGrantsPerMonth(prisma, now) : null,
  ]);
  return {
    approvedByUse,
    licenceMix,
    violations,
    process: backlog && expiring && grantsPerMonth ? { backlog, expiring, grantsPerMonth } : null,
  };
}

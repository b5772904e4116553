import type { Metadata } from "next";
import { canReadAudit, canReadOverview, canReadReviewQueue } from "@/lib/policy/capabilities";
import { requirePageAccess, toActor } from "@/lib/server/auth/current-user";
import { getOverview } from "@/lib/server/overview/overview";
import { PageHeader } from "@/components/ui/page-header";
import { ApprovedByUse, ExpiringApprovals, GrantsPerMonth, LicenceMix, LineageViolationsList, ReviewBacklogPanel } from "./overview-sections";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePageAccess(canReadOverview, "/overview");
  const actor = toActor(user)!;
  const overview = await getOverview(actor);
  // A mark links to its list only for those who may open that list.
  const links = { queue: canReadReviewQueue(actor).allowed, report: canReadAudit(actor).allowed };

  return (
    <div className="space-y-5">
      <PageHeader
        title="Overview"
        description="The registry at a glance. Every number links to the list behind it; each chart has its numbers as a list or a table."
      />
      {overview.process && (
        <div className="grid gap-5 lg:grid-cols-2">
          <ReviewBacklogPanel backlog={overview.process.backlog} linked={links.queue} />
          <GrantsPerMonth months={overview.process.grantsPerMonth} linked={links.report} />
          <div className="lg:col-span-2">
            <ExpiringApprovals weeks={overview.process.expiring} linked={links.report} />
          </div>
        </div>
      )}
      <div className="grid gap-5 lg:grid-cols-2">
        <ApprovedByUse counts={overview.approvedByUse} />
        <LicenceMix mix={overview.licenceMix} />
        <div className="lg:col-span-2">
          <LineageViolationsList violations={overview.violations} />
        </div>
      </div>
    </div>
  );
}

import Link from "next/link";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import { monthLabel, shortDayLabel } from "@/lib/overview/calendar";
import { EXPIRY_HORIZON_DAYS, type ExpiryWeek } from "@/lib/overview/expiry-timeline";
import type { MonthCount } from "@/lib/overview/grants-per-month";
import { overviewLinks } from "@/lib/overview/overview-links";
import type { Overview } from "@/lib/server/overview/overview";
import type { LicenceMix as LicenceMixData } from "@/lib/server/overview/licence-mix";
import type { LineageViolations } from "@/lib/server/overview/lineage-violations";
import type { ReviewBacklog } from "@/lib/server/overview/review-backlog";
import { BarList } from "@/components/charts/bar-list";
import { ColumnChart } from "@/components/charts/column-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { DataTable } from "@/components/ui/table";

const plural = (count: number, singular: string, many = `${singular}s`) => `${count} ${count === 1 ? singular : many}`;

/** A number that links to its list when the viewer may open it. */
function Count({ count, href, testId }: { count: number; href: string | null; testId: string }) {
  return href ? (
    <Link href={href} data-testid={testId} className="tabular-nums underline">
      {count}
    </Link>
  ) : (
    <span data-testid={testId} className="tabular-nums">
      {count}
    </span>
  );
}

export function ReviewBacklogPanel({ backlog, linked }: { backlog: ReviewBacklog; linked: boolean }) {
  const ageDays = backlog.oldestWaitingDays;
  return (
    <Panel id="backlog" title="Requests waiting for sign-off">
      <p className="text-sm">
        <span className="text-3xl font-semibold">
          <Count count={backlog.waiting} href={linked ? overviewLinks.waitingRequests() : null} testId="waiting-count" />
        </span>{" "}
        waiting
        {ageDays !== null && <>, the oldest for {ageDays === 0 ? "less than a day" : plural(ageDays, "day")}</>}.
      </p>
      <p className="text-sm text-slate-600">
        Waiting on legal review: <Count count={backlog.waitingOn.legal} href={linked ? overviewLinks.waitingOn("legal") : null} testId="waiting-legal" /> ·
        technical review: <Count count={backlog.waitingOn.technical} href={linked ? overviewLinks.waitingOn("technical") : null} testId="waiting-technical" />
      </p>
      <BarList
        label="Requests waiting longer than"
        unit={["request", "requests"]}
        items={backlog.olderThan.map(({ days, count }) => ({
          key: `older-${days}`,
          label: `Longer than ${plural(days, "day")}`,
          count,
          href: linked ? overviewLinks.waitingLongerThan(days) : null,
        }))}
      />
    </Panel>
  );
}

export function GrantsPerMonth({ months, linked }: { months: MonthCount[]; linked: boolean }) {
  const href = (month: string) => (linked ? overviewLinks.grantedIn(month) : null);
  return (
    <Panel id="grants" title="Approvals granted per month">
      <ColumnChart
        title="Approvals granted in each of the last twelve months"
        unit="approvals"
        series={[{ key: "granted", label: "Granted", fill: "fill-indigo-500" }]}
        periods={months.map(({ month, count }) => ({ key: month, label: monthLabel(month), values: { granted: { count, href: href(month) } } }))}
      />
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-700">The numbers as a table</summary>
        <DataTable
          caption="Approvals granted per month"
          variant="compact"
          rows={months}
          rowKey={(row) => row.month}
          columns={[
            { header: "Month", rowHeader: true, cell: (row) => monthLabel(row.month) },
            { header: "Approvals granted", cell: (row) => <Count count={row.count} href={href(row.month)} testId={`granted-${row.month}`} /> },
          ]}
        />
      </details>
    </Panel>
  );
}

export function ExpiringApprovals({ weeks, linked }: { weeks: ExpiryWeek[]; linked: boolean }) {
  const href = (kind: "review" | "waiver", week: ExpiryWeek) => (linked ? overviewLinks.expiring(kind, week.from, week.to) : null);
  const weekLabel = (week: ExpiryWeek) => (week.from === week.to ? shortDayLabel(week.from) : `${shortDayLabel(week.from)} – ${shortDayLabel(week.to)}`);
  return (
    <Panel id="expiring" title={`Approvals and waivers expiring in the next ${EXPIRY_HORIZON_DAYS} days`}>
      <p className="text-sm text-slate-600">
        Standing approvals by week: those reaching their review-by date, and those one of whose waivers runs out (the approval lapses with it).
        {weeks.every((week) => week.reviews + week.waivers === 0) && <strong className="font-medium text-slate-900"> Nothing expires in this time.</strong>}
      </p>
      <ColumnChart
        title={`Approvals and waivers expiring in the next ${EXPIRY_HORIZON_DAYS} days, by week`}
        unit="approvals"
        wide
        series={[
          { key: "review", label: "Review-by date", fill: "fill-indigo-500" },
          { key: "waiver", label: "Waiver expires", fill: "fill-amber-500" },
        ]}
        periods={weeks.map((week) => ({
          key: week.from,
          label: shortDayLabel(week.from),
          values: { review: { count: week.reviews, href: href("review", week) }, waiver: { count: week.waivers, href: href("waiver", week) } },
        }))}
      />
      <details className="text-sm">
        <summary className="cursor-pointer text-indigo-700">The numbers as a table</summary>
        <DataTable
          caption="Approvals expiring, by week"
          variant="compact"
          rows={weeks}
          rowKey={(row) => row.from}
          columns={[
            { header: "Week", rowHeader: true, cell: weekLabel },
            { header: "Review-by date", cell: (row) => <Count count={row.reviews} href={href("review", row)} testId={`expiring-review-${row.from}`} /> },
            { header: "Waiver expires", cell: (row) => <Count count={row.waivers} href={href("waiver", row)} testId={`expiring-waiver-${row.from}`} /> },
          ]}
        />
      </details>
    </Panel>
  );
}

export function ApprovedByUse({ counts }: { counts: Overview["approvedByUse"] }) {
  return (
    <Panel id="by-use" title="Approved now, by use">
      <p className="text-sm text-slate-600">Checkpoint versions with a standing approval for each use, for any team.</p>
      <BarList
        label="Checkpoint versions approved, by use"
        unit={["version", "versions"]}
        items={counts.map(({ use, count }) => ({ key: use, label: INTENDED_USE_LABELS[use], count, href: overviewLinks.approvedFor(use) }))}
      />
    </Panel>
  );
}

export function LicenceMix({ mix }: { mix: LicenceMixData }) {
  return (
    <Panel id="licences" title="Licence mix of the catalogue">
      <p className="text-sm text-slate-600">
        {plural(mix.versions, "catalogued version")}; a version counts under its own licences and those it inherits from its lineage.
      </p>
      {mix.licences.length === 0 ? (
        <EmptyState>No version carries a licence yet.</EmptyState>
      ) : (
        <BarList
          label="Checkpoint versions per licence"
          unit={["version", "versions"]}
          items={mix.licences.map((licence) => ({ key: licence.key, label: licence.name, count: licence.count, href: overviewLinks.licence(licence.key) }))}
        />
      )}
    </Panel>
  );
}

export function LineageViolationsList({ violations }: { violations: LineageViolations }) {
  return (
    <Panel id="violations" title="Lineage violations to resolve">
      {violations.versions === 0 ? (
        <EmptyState>No catalogued version breaks its parents’ terms.</EmptyState>
      ) : (
        <>
          <p className="text-sm text-slate-600">
            <span data-testid="violation-versions">{plural(violations.versions, "version")}</span>{" "}
            {violations.versions === 1 ? "derives from a parent whose terms forbid it, or declares" : "derive from a parent whose terms forbid it, or declare"}{" "}
            a licence more permissive than a parent passes on.
            {violations.versions > violations.listed.length && ` The ${violations.listed.length} with the most are listed.`}
          </p>
          <ul className="divide-y divide-slate-100 text-sm">
            {violations.listed.map((version) => (
              <li key={version.versionId} className="flex justify-between gap-3 py-1.5">
                <Link href={overviewLinks.version(version.versionId)}>{version.name}</Link>
                <span className="text-rose-800">{plural(version.violations, "violation")}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

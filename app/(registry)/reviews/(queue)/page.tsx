import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import { canReadReviewQueue } from "@/lib/policy/capabilities";
import { CAPACITY_LABELS } from "@/lib/reviews/review-state";
import { QUEUE_AGES, readQueueFilter, type ReviewQueueFilter } from "@/lib/schemas/review";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { listReviewQueue } from "@/lib/server/reviews/queue";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { ReviewStatusBadge } from "@/components/ui/status-badges";

export const metadata: Metadata = { title: "Review queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const STATUS_LABELS: Record<ReviewQueueFilter["status"], string> = {
  open: "Open (waiting for sign-off)",
  changes: "Returned for changes",
  decided: "Decided or withdrawn",
  all: "All",
};

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageAccess(canReadReviewQueue, "/reviews");
  const filter = readQueueFilter(await searchParams);
  const queue = await listReviewQueue(filter, user.id);
  const link = (patch: Partial<ReviewQueueFilter>) => ({ pathname: "/reviews", query: toQuery({ ...filter, ...patch }) });

  return (
    <div className="space-y-4">
      <PageHeader title="Review queue" description="Requests for approval, oldest first. Open one to see its checks, its effective terms and to sign off." />

      <form
        role="search"
        aria-label="Filter the queue"
        action="/reviews"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      >
        <Filter label="Status" name="status" value={filter.status} options={Object.entries(STATUS_LABELS)} />
        <Filter
          label="Waiting on"
          name="waiting"
          value={filter.waiting}
          options={[
            ["", "Anyone"],
            ["legal", "Legal review"],
            ["technical", "Technical review"],
          ]}
        />
        <Filter
          label="Mine"
          name="mine"
          value={filter.mine}
          options={[
            ["", "Everyone's"],
            ["submitted", "Submitted by me"],
            ["signed", "Signed by me"],
          ]}
        />
        <Filter
          label="Team"
          name="team"
          value={filter.team}
          options={[["", "Every team"], ...queue.teams.map((team) => [team.slug, team.name] as [string, string])]}
        />
        <Filter
          label="Age"
          name="olderThan"
          value={filter.olderThan?.toString()}
          options={[["", "Any age"], ...QUEUE_AGES.map((days) => [String(days), `Older than ${days} day${days === 1 ? "" : "s"}`] as [string, string])]}
        />
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">
          Apply
        </button>
        <Link href="/reviews" className="py-1.5">
          Reset
        </Link>
      </form>

      {queue.rows.length === 0 ? (
        <EmptyState>Nothing waits here. Try other filters.</EmptyState>
      ) : (
        <DataTable
          caption="Review requests"
          rows={queue.rows}
          rowKey={(row) => row.id}
          rowProps={() => ({ className: "hover:bg-slate-50" })}
          columns={[
            {
              header: "Checkpoint",
              className: "font-medium",
              cell: (row) => (
                <>
                  <Link href={`/reviews/${row.id}`}>{row.versionName}</Link>
                  <span className="block text-xs font-normal text-slate-500">by {row.submitter}</span>
                </>
              ),
            },
            { header: "Team", cell: (row) => row.team.name },
            { header: "Uses", cell: (row) => row.requestedUses.map((use) => INTENDED_USE_LABELS[use]).join(", ") },
            {
              header: "Status",
              cell: (row) => (
                <>
                  <ReviewStatusBadge status={row.status} />
                  {row.round > 1 && <span className="ml-1 text-xs text-slate-500">round {row.round}</span>}
                </>
              ),
            },
            { header: "Waiting on", cell: (row) => row.waitingOn.map((capacity) => CAPACITY_LABELS[capacity]).join(", ") || "—" },
            {
              header: "Findings",
              cell: (row) => (
                <>
                  {row.findings.error > 0 && (
                    <span className="text-rose-700">
                      {row.findings.error} problem{row.findings.error === 1 ? "" : "s"}{" "}
                    </span>
                  )}
                  {row.findings.warning > 0 && (
                    <span className="text-amber-800">
                      {row.findings.warning} warning{row.findings.warning === 1 ? "" : "s"}
                    </span>
                  )}
                  {row.findings.error + row.findings.warning === 0 && "—"}
                </>
              ),
            },
            {
              header: "Submitted",
              className: "whitespace-nowrap",
              cell: (row) => (
                <>
                  {formatDate(row.submittedAt)}
                  <span className="block text-xs text-slate-500">{row.ageDays === 0 ? "today" : `${row.ageDays} d ago`}</span>
                </>
              ),
            },
          ]}
        />
      )}

      <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-slate-600">
        <span>
          {queue.total} request{queue.total === 1 ? "" : "s"} · page {queue.page} of {queue.pageCount}
        </span>
        <span className="flex gap-3">
          {queue.page > 1 && <Link href={link({ page: queue.page - 1 })}>Previous</Link>}
          {queue.page < queue.pageCount && <Link href={link({ page: queue.page + 1 })}>Next</Link>}
        </span>
      </nav>
    </div>
  );
}

function Filter({ label, name, value, options }: { label: string; name: string; value: string | undefined; options: [string, string][] }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="font-medium text-slate-700">{label}</span>
      <select name={name} defaultValue={value ?? ""} className="rounded-md border border-slate-300 bg-white px-2 py-1.5">
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}

function toQuery(filter: ReviewQueueFilter): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || (key === "status" && value === "open") || (key === "page" && value === 1)) continue;
    query[key] = String(value);
  }
  return query;
}

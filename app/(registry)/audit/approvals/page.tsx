import type { Metadata } from "next";
import Link from "next/link";
import { INTENDED_USE_LABELS, INTENDED_USES, TERM_STATUS_LABELS, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import { monthLabel } from "@/lib/overview/calendar";
import { CAPACITY_LABELS, type SignOffCapacity } from "@/lib/reviews/review-state";
import { WAIVER_REASON_LABELS, type WaiverReason } from "@/lib/reviews/waiver";
import { canReadAudit } from "@/lib/policy/capabilities";
import { approvalsReportFiltersFrom } from "@/lib/schemas/approvals-report";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { getApprovalsReport, type ApprovalReportEntry } from "@/lib/server/audit/approvals-report";
import { listAuditFacets } from "@/lib/server/audit/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { ApprovalStateBadge } from "@/components/ui/status-badges";
import { Badge } from "@/components/ui/badge";
import { APPROVAL_STATE_LABELS } from "@/lib/approvals/approval-state";

export const metadata: Metadata = { title: "License-approvals report" };

// The report's state filter: every approval state, and the active approvals whose waiver runs out soon.
const STATE_LABELS: Record<string, string> = { ...APPROVAL_STATE_LABELS, EXPIRING_SOON: "Waiver expiring soon" };

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, String(value));
  return search.toString();
}

export default async function ApprovalsReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageAccess(canReadAudit, "/audit/approvals");
  const filters = approvalsReportFiltersFrom(await searchParams);
  const [report, facets] = await Promise.all([getApprovalsReport(filters, filters.page ?? 1), listAuditFacets()]);
  const base = {
    state: filters.state,
    team: filters.team,
    checkpoint: filters.checkpoint,
    expiring: filters.expiring,
    from: filters.from,
    to: filters.to,
    granted: filters.granted,
  };
  const narrowedTo = narrowing(filters);

  return (
    <div className="space-y-5">
      <PageHeader
        trail={<Breadcrumbs root={null} trail={[{ href: "/audit", label: "Audit trail" }, { label: "License approvals" }]} />}
        title="License-approvals report"
        description="Every approval, what it relied on, who signed it off, and whether it still stands today."
      />

      {narrowedTo && (
        <p className="rounded-md border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm" data-testid="report-narrowed">
          Only approvals {narrowedTo}.{" "}
          <Link href={`/audit/approvals?${query({ state: filters.state, team: filters.team, checkpoint: filters.checkpoint })}`} className="underline">
            Show every approval
          </Link>
        </p>
      )}

      <form action="/audit/approvals" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="Filter approvals">
        {(["expiring", "from", "to", "granted"] as const).map((key) => filters[key] && <input key={key} type="hidden" name={key} value={filters[key]} />)}
        <label className="text-sm">
          State
          <select name="state" defaultValue={filters.state ?? ""} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1">
            <option value="">Any</option>
            {Object.entries(STATE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Team
          <select name="team" defaultValue={filters.team ?? ""} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1">
            <option value="">Any</option>
            {facets.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Checkpoint
          <input name="checkpoint" defaultValue={filters.checkpoint ?? ""} className="mt-1 block rounded-md border border-slate-300 px-2 py-1" />
        </label>
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white">
          Filter
        </button>
        <span className="ml-auto flex gap-3 text-sm">
          Export:{" "}
          <a href={`/audit/approvals/export?${query({ ...base, format: "csv" })}`} download>
            CSV
          </a>
          <a href={`/audit/approvals/export?${query({ ...base, format: "json" })}`} download>
            JSON
          </a>
        </span>
      </form>

      <form
        action="/audit/approvals/bom"
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        aria-label="Download a CycloneDX BOM"
      >
        <p className="w-full text-sm text-slate-600">
          A CycloneDX 1.6 ML-BOM of every checkpoint version approved right now for a team (by its own approvals and those for every team) and a use: hashes,
          licences, lineage and the approvals with their conditions.
        </p>
        <label className="text-sm">
          Team
          <select name="team" required defaultValue="" className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1">
            <option value="" disabled>
              Choose a team
            </option>
            {facets.teams.map((team) => (
              <option key={team.id} value={team.slug}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Use
          <select name="use" required defaultValue="COMMERCIAL_OUTPUTS" className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1">
            {INTENDED_USES.map((use) => (
              <option key={use} value={use}>
                {INTENDED_USE_LABELS[use]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-indigo-600 px-3 py-1.5 text-sm font-medium text-indigo-700">
          Download CycloneDX BOM
        </button>
      </form>

      {report.entries.length === 0 ? (
        <EmptyState>No approval matches these filters.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {report.entries.map((entry) => (
            <ApprovalCard key={entry.id} entry={entry} />
          ))}
        </ul>
      )}

      <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-slate-600">
        <span>
          {report.total} approval{report.total === 1 ? "" : "s"} · page {report.page} of {report.pageCount}
        </span>
        <span className="flex gap-3">
          {report.page > 1 && <Link href={`/audit/approvals?${query({ ...base, page: report.page - 1 })}`}>Previous</Link>}
          {report.page < report.pageCount && <Link href={`/audit/approvals?${query({ ...base, page: report.page + 1 })}`}>Next</Link>}
        </span>
      </nav>
    </div>
  );
}

function ApprovalCard({ entry }: { entry: ApprovalReportEntry }) {
  const highlighted = entry.state !== "ACTIVE" || entry.waiverExpiringSoon;
  return (
    <li
      className={`rounded-lg border bg-white p-4 text-sm shadow-sm ${highlighted ? (entry.state === "EXPIRED" ? "border-rose-300" : "border-amber-300") : "border-slate-200"}`}
      data-testid="approval-report-entry"
    >
      <div className="flex flex-wrap items-center gap-2">
        <Link href={`/checkpoints/${entry.versionId}`} className="font-medium">
          {entry.versionName}
        </Link>
        <ApprovalStateBadge state={entry.state} />
        {entry.waiverExpiringSoon && <Badge tone="warn">Waiver expiring soon</Badge>}
        <span className="text-slate-500">for {entry.team}</span>
        <span className="ml-auto text-xs text-slate-500">
          granted {entry.grantedAt.slice(0, 10)} · review by {entry.reviewBy.slice(0, 10)}
        </span>
      </div>
      {entry.stateReasons.length > 0 && entry.state !== "ACTIVE" && <p className="mt-1 text-xs text-rose-800">{entry.stateReasons.join("; ")}</p>}
      {entry.needsReviewReason && entry.state === "NEEDS_REVIEW" && <p className="mt-1 text-xs text-amber-900">{entry.needsReviewReason}</p>}
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500">Uses</dt>
        <dd>
          {entry.uses.map((use) => (
            <span key={use.use} className="mr-2 inline-block">
              {INTENDED_USE_LABELS[use.use as IntendedUse] ?? use.use}{" "}
              <span className="text-xs text-slate-500">
                (was {(TERM_STATUS_LABELS[use.statusAtApproval as TermStatus] ?? use.statusAtApproval).toLowerCase()})
              </span>
            </span>
          ))}
        </dd>
        {entry.conditions.length > 0 && (
          <>
            <dt className="text-slate-500">Conditions</dt>
            <dd>{entry.conditions.join("; ")}</dd>
          </>
        )}
        {entry.waivers.length > 0 && (
          <>
            <dt className="text-slate-500">Waivers</dt>
            <dd>
              {entry.waivers.map((waiver) => (
                <div key={waiver.use}>
                  {INTENDED_USE_LABELS[waiver.use as IntendedUse] ?? waiver.use}: {WAIVER_REASON_LABELS[waiver.reason as WaiverReason] ?? waiver.reason}
                  {waiver.reference ? ` (${waiver.reference})` : ""} — expires {waiver.expiresAt.slice(0, 10)}, by {waiver.grantedBy}
                </div>
              ))}
            </dd>
          </>
        )}
        <dt className="text-slate-500">Relied on</dt>
        <dd>
          {entry.licenses.length === 0
            ? "no license recorded"
            : entry.licenses.map((license) => (
                <span key={license.key} className="mr-2 inline-block">
                  {license.name} rev. {license.revision}
                  {license.superseded && <span className="text-amber-800"> (superseded)</span>}
                </span>
              ))}
        </dd>
        <dt className="text-slate-500">Signed off</dt>
        <dd>
          {entry.signedOff.length === 0
            ? "—"
            : entry.signedOff.map((s) => `${CAPACITY_LABELS[s.capacity as SignOffCapacity] ?? s.capacity}: ${s.reviewer} on ${s.at.slice(0, 10)}`).join("; ")}
        </dd>
      </dl>
    </li>
  );
}

/** What the overview's links narrow the report to, in words; null when they do not. */
function narrowing(filters: { expiring?: "review" | "waiver"; from?: string; to?: string; granted?: string }): string | null {
  const parts: string[] = [];
  if (filters.expiring) {
    const what = filters.expiring === "review" ? "still standing that reach their review-by date" : "still standing one of whose waivers runs out";
    const from = filters.from ? ` from ${filters.from}` : " from now";
    parts.push(`${what}${from}${filters.to ? ` to ${filters.to}` : ""}`);
  }
  if (filters.granted) parts.push(`granted in ${monthLabel(filters.granted)}`);
  return parts.length > 0 ? parts.join(" and ") : null;
}

import type { Metadata } from "next";
import Link from "next/link";
import { auditSubjectTypeLabel } from "@/lib/audit/subject-types";
import { canManageUsers, canReadAudit } from "@/lib/policy/capabilities";
import { auditFiltersFromSearchParams, type AuditFilters } from "@/lib/schemas/audit";
import { requirePageAccess, toActor } from "@/lib/server/auth/current-user";
import { listAuditEvents, listAuditFacets } from "@/lib/server/audit/queries";
import { AuditEventRow } from "./audit-event-row";
import { VerifyButton } from "./verify-button";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { TableFrame } from "@/components/ui/table";

export const metadata: Metadata = { title: "Audit trail" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function filterQuery(filters: AuditFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value && key !== "before") params.set(key, String(value));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}

const inputClass = "mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageAccess(canReadAudit, "/audit");
  const { filters, errors } = auditFiltersFromSearchParams(await searchParams);
  const adminLinks = canManageUsers(toActor(user)).allowed;
  const [{ events, olderThan }, facets] = await Promise.all([listAuditEvents(filters, { adminLinks }), listAuditFacets()]);
  const hasFilters = Object.entries(filters).some(([key, value]) => key !== "before" && value);

  return (
    <div className="space-y-5">
      <PageHeader
        title="Audit trail"
        description={
          <>
            Every change that matters, append-only and hash-chained. See also the{" "}
            <Link href="/audit/approvals" className="underline">
              license-approvals report
            </Link>
            .
          </>
        }
        actions={<VerifyButton />}
      />

      <form action="/audit" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4" aria-label="Filter the audit trail">
        <label className="text-sm">
          Actor
          <input name="actor" defaultValue={filters.actor ?? ""} placeholder="email" className={inputClass} />
        </label>
        <label className="text-sm">
          Action
          <input
            name="action"
            defaultValue={filters.action ?? ""}
            list="audit-actions"
            placeholder="e.g. approval. or approval.granted"
            className={inputClass}
          />
          <datalist id="audit-actions">
            {facets.actions.map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
        </label>
        <label className="text-sm">
          Subject type
          <select name="subjectType" defaultValue={filters.subjectType ?? ""} className={inputClass}>
            <option value="">Any</option>
            {facets.subjectTypes.map((type) => (
              <option key={type} value={type}>
                {auditSubjectTypeLabel(type)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Checkpoint
          <input name="checkpoint" defaultValue={filters.checkpoint ?? ""} placeholder="name, e.g. Pony" className={inputClass} />
        </label>
        <label className="text-sm">
          Team
          <select name="team" defaultValue={filters.team ?? ""} className={inputClass}>
            <option value="">Any</option>
            {facets.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          From
          <input type="date" name="from" defaultValue={filters.from ?? ""} className={inputClass} aria-describedby={errors.from ? "from-error" : undefined} />
          {errors.from && (
            <span id="from-error" className="text-xs text-rose-700">
              {errors.from}
            </span>
          )}
        </label>
        <label className="text-sm">
          To
          <input type="date" name="to" defaultValue={filters.to ?? ""} className={inputClass} aria-describedby={errors.to ? "to-error" : undefined} />
          {errors.to && (
            <span id="to-error" className="text-xs text-rose-700">
              {errors.to}
            </span>
          )}
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
            Filter
          </button>
          {hasFilters && (
            <Link href="/audit" className="text-sm">
              Clear
            </Link>
          )}
        </div>
      </form>

      <div className="flex flex-wrap items-center gap-3 text-sm">
        <span className="text-slate-600">Export {hasFilters ? "the filtered events" : "every event"}:</span>
        <a href={`/audit/export?${filterQuery(filters, { format: "csv" })}`} download>
          CSV
        </a>
        <a href={`/audit/export?${filterQuery(filters, { format: "json" })}`} download>
          JSON
        </a>
      </div>

      {events.length === 0 ? (
        <EmptyState>No audit event matches these filters.</EmptyState>
      ) : (
        <TableFrame caption="Audit events, newest first" dense headers={["#", "When", "Actor", "Action", "Subject", "Team", "Change"]}>
          {events.map((event) => (
            <AuditEventRow key={event.id} event={event} />
          ))}
        </TableFrame>
      )}
      <nav aria-label="Pagination" className="flex justify-between text-sm">
        {filters.before ? <Link href={`/audit?${filterQuery(filters)}`}>Newest</Link> : <span />}
        {olderThan && <Link href={`/audit?${filterQuery(filters, { before: olderThan })}`}>Older events →</Link>}
      </nav>
    </div>
  );
}

import Link from "next/link";
import { UseChipsLegend } from "@/components/catalog/use-chips";
import type { ActiveFilter } from "@/lib/catalog/active-filters";
import { ActiveFilterChips } from "./active-filter-chips";
import { BrowseTable } from "./browse-table";
import type { BrowseTableRow } from "./browse-rows-html";
import { browseHref, hasFilters, type BrowseQuery } from "@/lib/catalog/browse-query";
import { toJsonText } from "@/lib/json/json-text";
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import type { BrowseResult, BrowseRow } from "@/lib/server/catalog/browse";
import { EmptyState } from "@/components/ui/empty-state";

export function BrowseResults({ query, result, filters }: { query: BrowseQuery; result: BrowseResult; filters: readonly ActiveFilter[] }) {
  const effective = query.effective;
  const countText = `${result.totalCapped ? `More than ${result.total.toLocaleString("en")}` : result.total.toLocaleString("en")} version${result.total === 1 ? "" : "s"}`;
  return (
    <section aria-label="Results" className="min-w-0 space-y-3">
      <ActiveFilterChips filters={filters} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm text-slate-700" aria-live="polite">
          {countText}
          {result.rows.length > 0 ? ` · page ${result.page} of ${result.totalCapped ? "more than " : ""}${result.pageCount}` : ""}
        </p>
        <UseChipsLegend />
      </div>

      {result.rows.length === 0 ? (
        <NoResults query={query} beyondLastPage={result.total > 0} />
      ) : (
        <BrowseTable rows={toJsonText(result.rows.map((row) => toTableRow(row, effective)))} effective={effective} />
      )}

      {result.pageCount > 1 && <Pagination query={query} page={result.page} pageCount={result.pageCount} />}
    </section>
  );
}

/** What a row shows, and no more: the page's payload carries these props, not the whole row. */
function toTableRow(row: BrowseRow, effective: IntendedUse | null): BrowseTableRow {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    kind: row.kind,
    architecture: row.architecture.name,
    licenses: row.licenses.map((license) => license.name).join(" + "),
    status: row.status,
    violations: row.violations,
    uses: row.uses,
    ...(effective ? { effective: row.effective[effective] } : {}),
  };
}

function NoResults({ query, beyondLastPage }: { query: BrowseQuery; beyondLastPage: boolean }) {
  return (
    <EmptyState>
      {beyondLastPage ? (
        <>
          This page is past the last one. <a href={browseHref({ ...query, page: 1 })}>Go to the first page</a>.
        </>
      ) : query.q ? (
        <>
          No checkpoint matches “{query.q}”{hasFilters({ ...query, q: "" }) ? " with these filters" : ""}. <Link href="/">Clear the search and filters</Link>.
        </>
      ) : hasFilters(query) ? (
        <>
          No checkpoint version matches these filters. <Link href="/">Clear all filters</Link>.
        </>
      ) : (
        "The catalog is empty. An admin can add checkpoints under Admin → Catalog."
      )}
    </EmptyState>
  );
}

function Pagination({ query, page, pageCount }: { query: BrowseQuery; page: number; pageCount: number }) {
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((number) => number >= 1 && number <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center gap-1 text-sm">
      {page > 1 && (
        <a href={browseHref({ ...query, page: page - 1 })} rel="prev" className="rounded px-2 py-1 hover:bg-slate-100">
          Previous
        </a>
      )}
      {pages.map((number, index) => (
        <span key={number} className="flex items-center">
          {index > 0 && number - pages[index - 1]! > 1 && <span className="px-1 text-slate-400">…</span>}
          {number === page ? (
            <span aria-current="page" className="rounded bg-indigo-600 px-2 py-1 text-white">
              {number}
            </span>
          ) : (
            <a href={browseHref({ ...query, page: number })} aria-label={`Page ${number}`} className="rounded px-2 py-1 hover:bg-slate-100">
              {number}
            </a>
          )}
        </span>
      ))}
      {page < pageCount && (
        <a href={browseHref({ ...query, page: page + 1 })} rel="next" className="rounded px-2 py-1 hover:bg-slate-100">
          Next
        </a>
      )}
    </nav>
  );
}

"use client";

import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { TableFrame } from "@/components/ui/table";
import { memoizeByText } from "@/lib/cache/memoize-by-text";
import { fromJsonText, type JsonText } from "@/lib/json/json-text";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import { paginationHtml, resultsSummaryHtml, type BrowseResultsData, type NoResults } from "./browse-results-html";
import { browseRowsHtml } from "./browse-rows-html";

/**
 * The browse results: the filters in force, the count, the table and the page links. A client
 * component fed one JSON text (browse-results-data.ts makes it on the server): React's payload
 * serialiser and parser take a string as it is, where an object prop costs a callback per value.
 * Its parts are written as markup (browse-results-html.ts, browse-rows-html.ts) by the same
 * functions on the server and in the browser, so hydration finds them; the markup of a text is
 * remembered, so the same page of results asked for again costs a lookup.
 */
export function BrowseResults({ data }: { data: JsonText<BrowseResultsData> }) {
  const view = markupOf(data);
  return (
    <section aria-label="Results" className="min-w-0 space-y-3">
      <div className="space-y-3" dangerouslySetInnerHTML={{ __html: view.summary }} />
      {view.noResults ? (
        <NoResultsMessage noResults={view.noResults} />
      ) : (
        <TableFrame caption="Checkpoint versions" dense headers={view.headers} bodyHtml={view.rows} />
      )}
      {view.pagination && (
        <nav aria-label="Pagination" className="flex flex-wrap items-center gap-1 text-sm" dangerouslySetInnerHTML={{ __html: view.pagination }} />
      )}
    </section>
  );
}

const HEADERS = ["Name", "Version", "Architecture", "License", "Status", "Approved uses"];

const markupOf = memoizeByText((text) => {
  const data = fromJsonText<BrowseResultsData>(text);
  return {
    summary: resultsSummaryHtml(data),
    headers: data.effective ? [...HEADERS, INTENDED_USE_LABELS[data.effective]] : HEADERS,
    rows: browseRowsHtml(data.rows, data.effective),
    noResults: data.noResults,
    pagination: data.pagination ? paginationHtml(data.pagination) : null,
  };
}, 100);

function NoResultsMessage({ noResults }: { noResults: NoResults }) {
  switch (noResults.reason) {
    case "beyond-last-page":
      return (
        <EmptyState>
          This page is past the last one. <a href={noResults.firstPageHref}>Go to the first page</a>.
        </EmptyState>
      );
    case "search":
      return (
        <EmptyState>
          No checkpoint matches “{noResults.q}”{noResults.withFilters ? " with these filters" : ""}. <Link href="/">Clear the search and filters</Link>.
        </EmptyState>
      );
    case "filters":
      return (
        <EmptyState>
          No checkpoint version matches these filters. <Link href="/">Clear all filters</Link>.
        </EmptyState>
      );
    case "empty-catalog":
      return <EmptyState>The catalog is empty. An admin can add checkpoints under Admin → Catalog.</EmptyState>;
  }
}

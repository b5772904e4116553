"use client";

import { browseFiltersHtml, type BrowseFilterOptions } from "./browse-filters-html";
import type { BrowseQuery } from "@/lib/catalog/browse-state";
import { memoizeByText } from "@/lib/cache/memoize-by-text";
import { fromJsonText, type JsonText } from "@/lib/json/json-text";

/** What the filter form shows: the query in force and the options to choose from. */
export interface BrowseFiltersData {
  query: BrowseQuery;
  options: BrowseFilterOptions;
}

/**
 * The browse filters: a plain GET form (browse-filters-html.ts writes its controls). A client
 * component fed its data as one JSON text (lib/json/json-text.ts), so the page's payload carries
 * that, not the markup; the same function writes the markup on the server and in the browser, so
 * hydration finds it. The markup of a text is remembered.
 */
export function BrowseFilters({ data }: { data: JsonText<BrowseFiltersData> }) {
  return (
    <form
      role="search"
      action="/"
      method="get"
      aria-label="Filter checkpoints"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      dangerouslySetInnerHTML={{ __html: filtersHtml(data) }}
    />
  );
}

const filtersHtml = memoizeByText((text) => {
  const { query, options } = fromJsonText<BrowseFiltersData>(text);
  return browseFiltersHtml(query, options);
}, 100);

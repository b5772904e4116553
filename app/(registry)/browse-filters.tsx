"use client";

import { browseFiltersHtml, type BrowseFilterOptions } from "./browse-filters-html";
import type { BrowseQuery } from "@/lib/catalog/browse-state";
import { memoizeByText } from "@/lib/cache/memoize-by-text";
import { fromJsonText, type JsonText } from "@/lib/json/json-text";

/**
 * The browse filters: a plain GET form (browse-filters-html.ts writes its controls). A client
 * component fed the query and the options as JSON text (lib/json/json-text.ts), so the page's
 * payload carries those, not the markup; the same function writes the markup on the server and in
 * the browser, so hydration finds it. The markup of a query and its options is remembered by their text.
 */
export function BrowseFilters({ query, options }: { query: JsonText<BrowseQuery>; options: JsonText<BrowseFilterOptions> }) {
  return (
    <form
      role="search"
      action="/"
      method="get"
      aria-label="Filter checkpoints"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      dangerouslySetInnerHTML={{ __html: filtersHtml(`${query}\n${options}`) }}
    />
  );
}

/** Keyed by the query's JSON and the options' JSON, on a line each (JSON text has no raw newline). */
const filtersHtml = memoizeByText((text) => {
  const newline = text.indexOf("\n");
  return browseFiltersHtml(fromJsonText<BrowseQuery>(text.slice(0, newline)), fromJsonText<BrowseFilterOptions>(text.slice(newline + 1)));
}, 100);

"use client";

import { browseFiltersHtml, type BrowseFilterOptions } from "./browse-filters-html";
import type { BrowseQuery } from "@/lib/catalog/browse-state";

/**
 * The browse filters: a plain GET form (browse-filters-html.ts writes its controls). A client
 * component fed the query and the options, so the page's payload carries those, not the markup;
 * the same function writes the markup on the server and in the browser, so hydration finds it.
 */
export function BrowseFilters({ query, options }: { query: BrowseQuery; options: BrowseFilterOptions }) {
  return (
    <form
      role="search"
      action="/"
      method="get"
      aria-label="Filter checkpoints"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      dangerouslySetInnerHTML={{ __html: browseFiltersHtml(query, options) }}
    />
  );
}

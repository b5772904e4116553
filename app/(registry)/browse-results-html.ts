import { USE_CHIPS_LEGEND_HTML } from "@/components/catalog/use-chips";
import type { ActiveFilter } from "@/lib/catalog/active-filters";
import { escapeHtml } from "@/lib/html/escape-html";
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import type { BrowseTableRow } from "./browse-rows-html";

// The browse results around the table (the filters in force, the count and the chips' legend, the
// page links) as markup, for the same reason as the rows (browse-rows-html.ts): some 60 elements
// React rendered one by one on every request. Written from BrowseResultsData, which the server
// computes (browse-results-data.ts) with every link already made, so the browser needs no parser of
// the query. Every value from the database or the address goes through escapeHtml.

/** Why a page of results is empty, and where to go from there. */
export type NoResults =
  | { reason: "beyond-last-page"; firstPageHref: string }
  | { reason: "search"; q: string; withFilters: boolean }
  | { reason: "filters" }
  | { reason: "empty-catalog" };

export interface PageLink {
  number: number;
  href: string;
  /** Pages were skipped between the previous link and this one. */
  afterGap: boolean;
}

export interface BrowsePagination {
  page: number;
  previousHref: string | null;
  nextHref: string | null;
  pages: PageLink[];
}

/** Everything the results section shows, as plain JSON (it travels as JSON text, lib/json/json-text.ts). */
export interface BrowseResultsData {
  filters: ActiveFilter[];
  /** "1,234 versions · page 2 of 50". */
  countText: string;
  effective: IntendedUse | null;
  rows: BrowseTableRow[];
  /** Set when `rows` is empty. */
  noResults: NoResults | null;
  /** Null when everything fits on one page. */
  pagination: BrowsePagination | null;
}

/** The removable chips of the filters in force (nothing when none is), the count and the legend. */
export function resultsSummaryHtml(data: BrowseResultsData): string {
  return `${activeFilterChipsHtml(data.filters)}<div class="flex flex-wrap items-baseline justify-between gap-2"><p class="text-sm text-slate-700" aria-live="polite">${escapeHtml(data.countText)}</p>${USE_CHIPS_LEGEND_HTML}</div>`;
}

/** The filters in force, each removable with one click (a link, so it works without JavaScript). */
function activeFilterChipsHtml(filters: readonly ActiveFilter[]): string {
  if (filters.length === 0) return "";
  const chips = filters.map((filter) => {
    const name = escapeHtml(filter.name);
    const value = escapeHtml(filter.value);
    return `<li class="flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-3 text-indigo-900 ring-1 ring-indigo-200 ring-inset"><span><span class="text-indigo-700">${name}:</span> ${value}</span><a href="${escapeHtml(filter.removeHref)}" aria-label="Remove filter ${name}: ${value}" class="rounded-full px-1.5 leading-5 text-indigo-700 no-underline hover:bg-indigo-100 hover:no-underline">×</a></li>`;
  });
  const clearAll = filters.length > 1 ? `<li><a href="/">Clear all</a></li>` : "";
  return `<ul aria-label="Active filters" class="flex flex-wrap items-center gap-2 text-sm">${chips.join("")}${clearAll}</ul>`;
}

const PAGE_LINK = "rounded px-2 py-1 hover:bg-slate-100";

/** The inside of the pagination's <nav>: previous, the pages around this one and the ends, next. */
export function paginationHtml(pagination: BrowsePagination): string {
  const parts: string[] = [];
  if (pagination.previousHref) parts.push(`<a href="${escapeHtml(pagination.previousHref)}" rel="prev" class="${PAGE_LINK}">Previous</a>`);
  for (const link of pagination.pages) {
    const gap = link.afterGap ? '<span class="px-1 text-slate-400">…</span>' : "";
    const page =
      link.number === pagination.page
        ? `<span aria-current="page" class="rounded bg-indigo-600 px-2 py-1 text-white">${link.number}</span>`
        : `<a href="${escapeHtml(link.href)}" aria-label="Page ${link.number}" class="${PAGE_LINK}">${link.number}</a>`;
    parts.push(`<span class="flex items-center">${gap}${page}</span>`);
  }
  if (pagination.nextHref) parts.push(`<a href="${escapeHtml(pagination.nextHref)}" rel="next" class="${PAGE_LINK}">Next</a>`);
  return parts.join("");
}

import type { ActiveFilter } from "@/lib/catalog/active-filters";
import { browseHref, hasFilters, type BrowseQuery } from "@/lib/catalog/browse-query";
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import type { BrowseResult, BrowseRow } from "@/lib/server/catalog/browse";
import type { BrowsePagination, BrowseResultsData, NoResults } from "./browse-results-html";
import type { BrowseTableRow } from "./browse-rows-html";

/** What the results section shows for this query and page of results: its words and links made here, on the server. */
export function browseResultsData(query: BrowseQuery, result: BrowseResult, filters: ActiveFilter[]): BrowseResultsData {
  const effective = query.effective;
  const total = `${result.totalCapped ? `More than ${result.total.toLocaleString("en")}` : result.total.toLocaleString("en")} version${result.total === 1 ? "" : "s"}`;
  const pageText = result.rows.length > 0 ? ` · page ${result.page} of ${result.totalCapped ? "more than " : ""}${result.pageCount}` : "";
  return {
    filters,
    countText: `${total}${pageText}`,
    effective,
    rows: result.rows.map((row) => toTableRow(row, effective)),
    noResults: result.rows.length === 0 ? noResults(query, result.total > 0) : null,
    pagination: result.pageCount > 1 ? pagination(query, result.page, result.pageCount) : null,
  };
}

/** What a row shows, and no more: the page's payload carries these, not the whole row. */
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

function noResults(query: BrowseQuery, beyondLastPage: boolean): NoResults {
  if (beyondLastPage) return { reason: "beyond-last-page", firstPageHref: browseHref({ ...query, page: 1 }) };
  if (query.q) return { reason: "search", q: query.q, withFilters: hasFilters({ ...query, q: "" }) };
  return hasFilters(query) ? { reason: "filters" } : { reason: "empty-catalog" };
}

/** The first and last pages, and two either side of this one. */
function pagination(query: BrowseQuery, page: number, pageCount: number): BrowsePagination {
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((number) => number >= 1 && number <= pageCount)
    .sort((a, b) => a - b);
  return {
    page,
    previousHref: page > 1 ? browseHref({ ...query, page: page - 1 }) : null,
    nextHref: page < pageCount ? browseHref({ ...query, page: page + 1 }) : null,
    pages: numbers.map((number, index) => ({
      number,
      href: browseHref({ ...query, page: number }),
      afterGap: index > 0 && number - numbers[index - 1]! > 1,
    })),
  };
}

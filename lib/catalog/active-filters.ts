import { browseSearchParams, type BrowseQuery } from "@/lib/catalog/browse-query";

/** How many filter values narrow the results (each ticked box, the search, a licence…): not the sort or the page. */
export function activeFilterCount(query: Partial<BrowseQuery>): number {
  return [...browseSearchParams(query).keys()].filter((key) => key !== "sort" && key !== "page").length;
}

import { CATALOG_STATUS_LABELS } from "@/lib/catalog/approval-summary";
import { browseSearchParams, type BrowseQuery } from "@/lib/catalog/browse-query";
import { kindLabel, promptStyleLabel } from "@/lib/format";
import { INTENDED_USE_LABELS, TERM_STATUS_LABELS } from "@/lib/licensing/vocabulary";

/** How many filter values narrow the results (each ticked box, the search, a licence…): not the sort or the page. */
export function activeFilterCount(query: Partial<BrowseQuery>): number {
  return [...browseSearchParams(query).keys()].filter((key) => !NOT_FILTERS.has(key)).length;
}

export interface ActiveFilter {
  /** What the filter is, in words ("Architecture"). */
  name: string;
  /** Its value, in words ("SDXL 1.0"). */
  value: string;
  /** The same results without this one value (back to page 1). */
  removeHref: string;
}

/** Names of the catalogue's keys (architectures, licences, teams) as the filter form lists them. */
export interface FilterOptionNames {
  architectures: readonly { key: string; name: string }[];
  licenses: readonly { key: string; name: string }[];
  teams: readonly { key: string; name: string }[];
}

const NOT_FILTERS = new Set(["sort", "page"]);

const FILTER_NAMES: Record<string, string> = {
  q: "Search",
  arch: "Architecture",
  kind: "Kind",
  prompt: "Prompting",
  status: "Review status",
  approved: "Approved now for",
  effective: "Effective terms for",
  effectiveStatus: "Effective terms are",
  usable: "Usable without a waiver for",
  license: "License in the lineage",
  team: "Approvals for team",
};

// Removing the use of the effective-terms filter removes the statuses that qualify it.
const DEPENDENT: Record<string, string> = { effective: "effectiveStatus" };

/** One removable chip per active filter value, in the order of the filter form. */
export function activeFilters(query: Partial<BrowseQuery>, options: FilterOptionNames): ActiveFilter[] {
  const params = browseSearchParams(query);
  const nameOf = (list: readonly { key: string; name: string }[], key: string) => list.find((option) => option.key === key)?.name ?? key;
  const valueLabel = (key: string, value: string): string => {
    switch (key) {
      case "arch":
        return nameOf(options.architectures, value);
      case "license":
        return nameOf(options.licenses, value);
      case "team":
        return nameOf(options.teams, value);
      case "kind":
        return kindLabel(value);
      case "prompt":
        return promptStyleLabel(value);
      case "status":
        return CATALOG_STATUS_LABELS[value as keyof typeof CATALOG_STATUS_LABELS] ?? value;
      case "approved":
      case "effective":
      case "usable":
        return INTENDED_USE_LABELS[value as keyof typeof INTENDED_USE_LABELS] ?? value;
      case "effectiveStatus":
        return TERM_STATUS_LABELS[value as keyof typeof TERM_STATUS_LABELS] ?? value;
      default:
        return value;
    }
  };
  return [...params.entries()]
    .filter(([key]) => !NOT_FILTERS.has(key))
    .map(([key, value]) => {
      const rest = new URLSearchParams([...params.entries()].filter(([otherKey, otherValue]) => !(otherKey === key && otherValue === value)));
      rest.delete("page");
      if (DEPENDENT[key]) rest.delete(DEPENDENT[key]);
      const search = rest.toString();
      return { name: FILTER_NAMES[key] ?? key, value: valueLabel(key, value), removeHref: search ? `/?${search}` : "/" };
    });
}

import Link from "next/link";
import type { ActiveFilter } from "@/lib/catalog/active-filters";

/** The filters in force, above the results: each one removable with one click (a link, so it works without JavaScript). */
export function ActiveFilterChips({ filters }: { filters: readonly ActiveFilter[] }) {
  if (filters.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2 text-sm">
      {filters.map((filter) => (
        <li
          key={filter.removeHref}
          className="flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-3 text-indigo-900 ring-1 ring-indigo-200 ring-inset"
        >
          <span>
            <span className="text-indigo-700">{filter.name}:</span> {filter.value}
          </span>
          <a
            href={filter.removeHref}
            aria-label={`Remove filter ${filter.name}: ${filter.value}`}
            className="rounded-full px-1.5 leading-5 text-indigo-700 no-underline hover:bg-indigo-100 hover:no-underline"
          >
            ×
          </a>
        </li>
      ))}
      {filters.length > 1 && (
        <li>
          <Link href="/">Clear all</Link>
        </li>
      )}
    </ul>
  );
}

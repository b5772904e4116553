"use client";

import Link from "next/link";
import { BROWSE_SORT_LABELS, BROWSE_SORTS, PROMPT_STYLE_VALUES, type BrowseQuery } from "@/lib/catalog/browse-state";
import { CATALOG_STATUS_LABELS, CATALOG_STATUSES } from "@/lib/catalog/approval-summary";
import { kindLabel, promptStyleLabel } from "@/lib/format";
import { INTENDED_USE_LABELS, INTENDED_USES, TERM_STATUS_LABELS, TERM_STATUSES, VERSION_KINDS } from "@/lib/licensing/vocabulary";
import type { BrowseOption, BrowseOptions } from "@/lib/server/catalog/browse";

const SELECT = "w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";

/** The browse options, with `licenses` null when there are too many for a dropdown (the key is typed). */
export type BrowseFilterOptions = Omit<BrowseOptions, "licenses"> & { licenses: BrowseOption[] | null };

/**
 * A plain GET form: every filter is a query parameter, so it works without JavaScript and every state has a URL.
 * A client component only so that the page's payload carries its options, not its markup.
 */
export function BrowseFilters({ query, options }: { query: BrowseQuery; options: BrowseFilterOptions }) {
  return (
    <form role="search" action="/" method="get" aria-label="Filter checkpoints" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <div>
        <label htmlFor="catalog-search" className="mb-1 block font-medium">
          Search by name or alias
        </label>
        {/* Enter searches; the form has one submit button, "Apply filters". */}
        <input
          id="catalog-search"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="e.g. Pony, SD 1.5, illus xl"
          aria-describedby="catalog-search-hint"
          className={SELECT}
        />
        <p id="catalog-search-hint" className="mt-1 text-xs text-slate-500">
          Or a file&apos;s SHA-256, or its AutoV2 short hash (the first 10 hex digits, as A1111 and Civitai show it). Press Enter to search.
        </p>
      </div>

      <Checkboxes
        legend="Architecture"
        name="arch"
        selected={query.arch}
        options={options.architectures.map((option) => ({ value: option.key, label: option.name }))}
      />
      <Checkboxes legend="Kind" name="kind" selected={query.kind} options={VERSION_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))} />
      <Checkboxes
        legend="Prompting"
        name="prompt"
        selected={query.prompt}
        options={PROMPT_STYLE_VALUES.map((style) => ({ value: style, label: promptStyleLabel(style) }))}
      />
      <Checkboxes
        legend="Approved now for"
        name="approved"
        selected={query.approved}
        options={INTENDED_USES.map((use) => ({ value: use, label: INTENDED_USE_LABELS[use] }))}
      />

      <div>
        <label htmlFor="filter-team" className="mb-1 block font-medium">
          Approvals for team
        </label>
        <select id="filter-team" name="team" defaultValue={query.team ?? ""} className={SELECT}>
          <option value="">Any team</option>
          {options.teams.map((team) => (
            <option key={team.key} value={team.key}>
              {team.name}
            </option>
          ))}
        </select>
      </div>

      <fieldset className="space-y-1">
        <legend className="mb-1 font-medium">Effective license terms</legend>
        <label htmlFor="filter-effective" className="sr-only">
          Use
        </label>
        <select id="filter-effective" name="effective" defaultValue={query.effective ?? ""} className={SELECT}>
          <option value="">Any use</option>
          {INTENDED_USES.map((use) => (
            <option key={use} value={use}>
              {INTENDED_USE_LABELS[use]}
            </option>
          ))}
        </select>
        <p className="text-xs text-slate-500">is</p>
        <div className="flex flex-wrap gap-x-3">
          {TERM_STATUSES.map((status) => (
            <label key={status} className="flex items-center gap-1">
              <input type="checkbox" name="effectiveStatus" value={status} defaultChecked={query.effectiveStatus.includes(status)} />
              {TERM_STATUS_LABELS[status]}
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-500">No status ticked: allowed or conditional.</p>
      </fieldset>

      <div>
        <label htmlFor="filter-usable" className="mb-1 block font-medium">
          Usable without a waiver for
        </label>
        <select id="filter-usable" name="usable" defaultValue={query.usable ?? ""} className={SELECT}>
          <option value="">Any use</option>
          {INTENDED_USES.map((use) => (
            <option key={use} value={use}>
              {INTENDED_USE_LABELS[use]}
            </option>
          ))}
        </select>
        <p className="mt-1 text-xs text-slate-500">Allowed, or conditional with every condition the organisation settles recorded as met.</p>
      </div>

      <div>
        <label htmlFor="filter-license" className="mb-1 block font-medium">
          License in the lineage
        </label>
        {options.licenses ? (
          <select id="filter-license" name="license" defaultValue={query.license ?? ""} className={SELECT}>
            <option value="">Any license</option>
            {options.licenses.map((license) => (
              <option key={license.key} value={license.key}>
                {license.name}
              </option>
            ))}
          </select>
        ) : (
          // Hundreds of licenses make a dropdown nobody can use (and a heavy page): type the key.
          <>
            <input
              id="filter-license"
              name="license"
              defaultValue={query.license ?? ""}
              placeholder="LicenseRef-…"
              aria-describedby="filter-license-hint"
              className={SELECT}
            />
            <p id="filter-license-hint" className="mt-1 text-xs text-slate-500">
              A license key, as listed under Admin → Catalog.
            </p>
          </>
        )}
      </div>

      <div>
        <label htmlFor="filter-status" className="mb-1 block font-medium">
          Review status
        </label>
        <select id="filter-status" name="status" defaultValue={query.status[0] ?? ""} className={SELECT}>
          <option value="">Any status</option>
          {CATALOG_STATUSES.map((status) => (
            <option key={status} value={status}>
              {CATALOG_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>

      <div>
        <label htmlFor="filter-sort" className="mb-1 block font-medium">
          Sort by
        </label>
        <select id="filter-sort" name="sort" defaultValue={query.sort} className={SELECT}>
          {BROWSE_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {BROWSE_SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>

      <div className="flex items-center gap-3">
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">
          Apply filters
        </button>
        <Link href="/">Clear all</Link>
      </div>
    </form>
  );
}

function Checkboxes({
  legend,
  name,
  selected,
  options,
}: {
  legend: string;
  name: string;
  selected: readonly string[];
  options: { value: string; label: string }[];
}) {
  return (
    <fieldset>
      <legend className="mb-1 font-medium">{legend}</legend>
      <div className="space-y-0.5">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2">
            <input type="checkbox" name={name} value={option.value} defaultChecked={selected.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

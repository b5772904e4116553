import { CATALOG_STATUS_LABELS, CATALOG_STATUSES } from "@/lib/catalog/approval-summary";
import { BROWSE_SORT_LABELS, BROWSE_SORTS, PROMPT_STYLE_VALUES, type BrowseQuery } from "@/lib/catalog/browse-state";
import { kindLabel, promptStyleLabel } from "@/lib/format";
import { escapeHtml } from "@/lib/html/escape-html";
import { INTENDED_USE_LABELS, INTENDED_USES, TERM_STATUS_LABELS, TERM_STATUSES, VERSION_KINDS } from "@/lib/licensing/vocabulary";
import type { BrowseOption, BrowseOptions } from "@/lib/server/catalog/browse";

// The browse filters' controls as markup: some 120 elements that React rendered one by one on every
// request, about a tenth of the browse page's server time. A plain GET form: every filter is a query
// parameter, so it works without JavaScript and every state has a URL. Every value that is not the
// registry's own vocabulary goes through escapeHtml.

/** The browse options, with `licenses` null when there are too many for a dropdown (the key is typed). */
export type BrowseFilterOptions = Omit<BrowseOptions, "licenses"> & { licenses: BrowseOption[] | null };

interface Choice {
  value: string;
  label: string;
}

const FIELD = "w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm";
const HINT = "mt-1 text-xs text-slate-500";

const INTENDED_USE_CHOICES: readonly Choice[] = INTENDED_USES.map((use) => ({ value: use, label: INTENDED_USE_LABELS[use] }));

/** Everything inside the filter form, reflecting `query`. */
export function browseFiltersHtml(query: BrowseQuery, options: BrowseFilterOptions): string {
  return [
    `<div>${label("catalog-search", "Search by name or alias")}`,
    `<input id="catalog-search" name="q" type="search" value="${escapeHtml(query.q)}" placeholder="e.g. Pony, SD 1.5, illus xl" aria-describedby="catalog-search-hint" class="${FIELD}"/>`,
    `<p id="catalog-search-hint" class="${HINT}">Or a file&#39;s SHA-256, or its AutoV2 short hash (the first 10 hex digits, as A1111 and Civitai show it). Press Enter to search.</p></div>`,
    checkboxGroup(
      "Architecture",
      "arch",
      query.arch,
      options.architectures.map((option) => ({ value: option.key, label: option.name })),
    ),
    checkboxGroup(
      "Kind",
      "kind",
      query.kind,
      VERSION_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) })),
    ),
    checkboxGroup(
      "Prompting",
      "prompt",
      query.prompt,
      PROMPT_STYLE_VALUES.map((style) => ({ value: style, label: promptStyleLabel(style) })),
    ),
    checkboxGroup("Approved now for", "approved", query.approved, INTENDED_USE_CHOICES),
    `<div>${label("filter-team", "Approvals for team")}`,
    select("filter-team", "team", query.team ?? "", [
      { value: "", label: "Any team" },
      ...options.teams.map((team) => ({ value: team.key, label: team.name })),
    ]),
    `</div>`,
    `<fieldset class="space-y-1"><legend class="mb-1 font-medium">Effective license terms</legend><label for="filter-effective" class="sr-only">Use</label>`,
    select("filter-effective", "effective", query.effective ?? "", [{ value: "", label: "Any use" }, ...INTENDED_USE_CHOICES]),
    `<p class="text-xs text-slate-500">is</p><div class="flex flex-wrap gap-x-3">`,
    checkboxes(
      "effectiveStatus",
      query.effectiveStatus,
      TERM_STATUSES.map((status) => ({ value: status, label: TERM_STATUS_LABELS[status] })),
      "flex items-center gap-1",
    ),
    `</div><p class="text-xs text-slate-500">No status ticked: allowed or conditional.</p></fieldset>`,
    `<div>${label("filter-usable", "Usable without a waiver for")}`,
    select("filter-usable", "usable", query.usable ?? "", [{ value: "", label: "Any use" }, ...INTENDED_USE_CHOICES]),
    `<p class="${HINT}">Allowed, or conditional with every condition the organisation settles recorded as met.</p></div>`,
    `<div>${label("filter-license", "License in the lineage")}`,
    options.licenses
      ? select("filter-license", "license", query.license ?? "", [
          { value: "", label: "Any license" },
          ...options.licenses.map((license) => ({ value: license.key, label: license.name })),
        ])
      : // Hundreds of licenses make a dropdown nobody can use (and a heavy page): type the key.
        `<input id="filter-license" name="license" value="${escapeHtml(query.license ?? "")}" placeholder="LicenseRef-…" aria-describedby="filter-license-hint" class="${FIELD}"/><p id="filter-license-hint" class="${HINT}">A license key, as listed under Admin → Catalog.</p>`,
    `</div>`,
    `<div>${label("filter-status", "Review status")}`,
    select("filter-status", "status", query.status[0] ?? "", [
      { value: "", label: "Any status" },
      ...CATALOG_STATUSES.map((status) => ({ value: status, label: CATALOG_STATUS_LABELS[status] })),
    ]),
    `</div>`,
    `<div>${label("filter-sort", "Sort by")}`,
    select(
      "filter-sort",
      "sort",
      query.sort,
      BROWSE_SORTS.map((sort) => ({ value: sort, label: BROWSE_SORT_LABELS[sort] })),
    ),
    `</div>`,
    `<div class="flex items-center gap-3"><button type="submit" class="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700">Apply filters</button><a href="/">Clear all</a></div>`,
  ].join("");
}

function label(forId: string, text: string): string {
  return `<label for="${forId}" class="mb-1 block font-medium">${escapeHtml(text)}</label>`;
}

function select(id: string, name: string, selected: string, choices: readonly Choice[]): string {
  const options = choices.map(
    (choice) => `<option value="${escapeHtml(choice.value)}"${choice.value === selected ? ' selected=""' : ""}>${escapeHtml(choice.label)}</option>`,
  );
  return `<select id="${id}" name="${name}" class="${FIELD}">${options.join("")}</select>`;
}

function checkboxGroup(legend: string, name: string, selected: readonly string[], choices: readonly Choice[]): string {
  return `<fieldset><legend class="mb-1 font-medium">${escapeHtml(legend)}</legend><div class="space-y-0.5">${checkboxes(name, selected, choices, "flex items-center gap-2")}</div></fieldset>`;
}

function checkboxes(name: string, selected: readonly string[], choices: readonly Choice[], labelClass: string): string {
  return choices
    .map(
      (choice) =>
        `<label class="${labelClass}"><input type="checkbox" name="${name}" value="${escapeHtml(choice.value)}"${selected.includes(choice.value) ? ' checked=""' : ""}/>${escapeHtml(choice.label)}</label>`,
    )
    .join("");
}

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { browseFiltersHtml } from "@/app/(registry)/browse-filters-html";
import { browseRowsHtml, type BrowseTableRow } from "@/app/(registry)/browse-rows-html";
import { BrowsePresets } from "@/app/(registry)/browse-presets";
import { BrowseResults } from "@/app/(registry)/browse-results";
import { browseResultsData } from "@/app/(registry)/browse-results-data";
import { paginationHtml, resultsSummaryHtml, type BrowseResultsData } from "@/app/(registry)/browse-results-html";
import { browseHref, parseBrowseQuery } from "@/lib/catalog/browse-query";
import { BROWSE_PRESETS } from "@/lib/catalog/presets";
import { escapeHtml } from "@/lib/html/escape-html";
import { toJsonText } from "@/lib/json/json-text";
import type { BrowseResult } from "@/lib/server/catalog/browse";

// The browse rows, the results around them and the filter controls are written as markup, not rendered by React: these check
// that what comes from the database is escaped, that the markup is well formed, and that it says
// what the React version said (labels tied to their controls, states ticked, chips named).

const HOSTILE = `<img src=x onerror="alert('x')"> & "quoted"`;

const row = (overrides: Partial<BrowseTableRow> = {}): BrowseTableRow => ({
  id: "0b6f3c2e-1d4a-4f5e-9a7b-2c8d9e0f1a2b",
  name: "Juggernaut XL",
  version: "v9",
  kind: "FINETUNE",
  architecture: "Stable Diffusion XL",
  licenses: "CreativeML Open RAIL++-M",
  status: "APPROVED",
  violations: 0,
  uses: { INTERNAL_EXPLORATION: "APPROVED", COMMERCIAL_OUTPUTS: "APPROVED_WITH_WAIVER" },
  ...overrides,
});

const VOID = new Set(["input", "br", "img", "meta", "link"]);

/** The open elements left over (or the first misnested close), [] when every element closes in order. */
function unbalanced(html: string): string[] {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of html.matchAll(/<(\/?)([a-z]+)\b(?:[^>"]|"[^"]*")*?(\/?)>/g)) {
    if (VOID.has(name!) || selfClosing) continue;
    if (!closing) stack.push(name!);
    else if (stack.pop() !== name) return [`</${name}> out of order`];
  }
  return stack;
}

const textOf = (html: string) => html.replace(/<[^>]*>/g, "");

describe("escapeHtml", () => {
  it("escapes the five characters that can end text or a quoted attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});

describe("browseRowsHtml", () => {
  it("escapes every value from the database, in text and in the link", () => {
    const html = browseRowsHtml([row({ name: HOSTILE, version: HOSTILE, architecture: HOSTILE, licenses: HOSTILE, id: `x" onclick="y` })], null);
    expect(html).not.toContain("<img");
    expect(html).not.toContain('onclick="y"');
    expect(textOf(html)).toContain(escapeHtml(HOSTILE));
    expect(html).toContain('href="/checkpoints/x%22%20onclick%3D%22y"');
    expect(unbalanced(html)).toEqual([]);
  });

  it("writes a row per version: its name linked, kind, version, licences or Inherited, status, violations and approved uses", () => {
    const html = browseRowsHtml([row(), row({ id: "b", name: "Pony", licenses: "", violations: 2, uses: {}, status: "NEEDS_REVIEW" })], null);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html.match(/<td[ >]/g)).toHaveLength(12);
    expect(html).toContain('<a href="/checkpoints/0b6f3c2e-1d4a-4f5e-9a7b-2c8d9e0f1a2b">Juggernaut XL</a>');
    expect(textOf(html)).toContain("Fine-tune");
    expect(textOf(html)).toContain("CreativeML Open RAIL++-M");
    expect(textOf(html)).toContain("Inherited");
    expect(textOf(html)).toContain("Needs review");
    expect(textOf(html)).toContain("2 lineage violations");
    expect(textOf(html)).toContain("No approved uses");
    expect(html).toContain('<ul class="use-chips flex flex-wrap gap-1" aria-label="Approved uses">');
    expect(textOf(html)).toContain("Internal exploration: approved");
    expect(textOf(html)).toContain("Commercial outputs: approved with waiver");
    expect(unbalanced(html)).toEqual([]);
  });

  it("adds the effective-terms cell when a use is chosen", () => {
    const html = browseRowsHtml([row({ effective: "CONDITIONAL" }), row({ id: "b" })], "COMMERCIAL_OUTPUTS");
    expect(html.match(/<td[ >]/g)).toHaveLength(14);
    expect(html).toContain("<td>Conditional</td></tr>");
    expect(html).toContain("<td></td></tr>");
  });

  it("fills the table's body, under a heading for each cell", () => {
    const html = renderToStaticMarkup(
      createElement(BrowseResults, { data: toJsonText(resultsData({ effective: "RESEARCH", rows: [row({ effective: "ALLOWED" })] })) }),
    );
    expect([...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((match) => match[1])).toEqual([
      "Name",
      "Version",
      "Architecture",
      "License",
      "Status",
      "Approved uses",
      "Research",
    ]);
    expect(html).toMatch(/<tbody class="[^"]*"><tr><td class="font-medium">/);
    expect(unbalanced(html)).toEqual([]);
  });
});

const resultsData = (overrides: Partial<BrowseResultsData> = {}): BrowseResultsData => ({
  filters: [],
  countText: "1 version · page 1 of 1",
  effective: null,
  rows: [row()],
  noResults: null,
  pagination: null,
  ...overrides,
});

const browseResult = (overrides: Partial<BrowseResult>): BrowseResult =>
  ({ rows: [], total: 0, totalCapped: false, page: 1, pageCount: 1, options: { architectures: [], licenses: [], teams: [] }, ...overrides }) as BrowseResult;

describe("the results around the table", () => {
  it("escapes a filter's name, value and link, and offers Clear all only for two or more", () => {
    const one = resultsSummaryHtml(resultsData({ filters: [{ name: "Search", value: HOSTILE, removeHref: `/?q="><b>` }] }));
    expect(one).not.toContain("<img");
    expect(one).not.toContain("<b>");
    expect(one).toContain(`aria-label="Remove filter Search: ${escapeHtml(HOSTILE)}"`);
    expect(one).toContain(`href="${escapeHtml(`/?q="><b>`)}"`);
    expect(one).not.toContain("Clear all");
    expect(unbalanced(one)).toEqual([]);
    const two = resultsSummaryHtml(
      resultsData({
        filters: [
          { name: "Kind", value: "Fine-tune", removeHref: "/" },
          { name: "Kind", value: "Merge", removeHref: "/" },
        ],
      }),
    );
    expect(two).toContain('<li><a href="/">Clear all</a></li>');
    expect(resultsSummaryHtml(resultsData())).not.toContain("Active filters");
  });

  it("says the count in a live region, beside the legend of the chips' marks", () => {
    const html = resultsSummaryHtml(resultsData({ countText: "More than 10,000 versions · page 3 of more than 400" }));
    expect(html).toContain('<p class="text-sm text-slate-700" aria-live="polite">More than 10,000 versions · page 3 of more than 400</p>');
    expect(textOf(html)).toContain("✓*approved with waiver");
  });

  it("links the first and last pages and two either side of this one, marking gaps and the current page", () => {
    const { query } = parseBrowseQuery({ approved: "COMMERCIAL_OUTPUTS", page: "10" });
    const data = browseResultsData(query, browseResult({ rows: [], total: 10_000, page: 10, pageCount: 400 }), []);
    const html = paginationHtml(data.pagination!);
    expect([...html.matchAll(/aria-label="Page (\d+)"/g)].map((match) => Number(match[1]))).toEqual([1, 8, 9, 11, 12, 400]);
    expect(html).toContain('<span aria-current="page" class="rounded bg-indigo-600 px-2 py-1 text-white">10</span>');
    expect(html.match(/…/g)).toHaveLength(2);
    expect(html).toContain('href="/?approved=COMMERCIAL_OUTPUTS&amp;page=9" rel="prev"');
    expect(html).toContain('href="/?approved=COMMERCIAL_OUTPUTS&amp;page=11" rel="next"');
    expect(unbalanced(html)).toEqual([]);
    expect(browseResultsData(query, browseResult({ total: 3, page: 1, pageCount: 1 }), []).pagination).toBeNull();
  });

  it("says why a page is empty: past the last page, a search, filters, or an empty catalog", () => {
    const reason = (address: Record<string, string>, total: number) =>
      browseResultsData(parseBrowseQuery(address).query, browseResult({ total }), []).noResults;
    expect(reason({ page: "99" }, 30)).toEqual({ reason: "beyond-last-page", firstPageHref: "/" });
    expect(reason({ q: "pony", arch: "SDXL" }, 0)).toEqual({ reason: "search", q: "pony", withFilters: true });
    expect(reason({ arch: "SDXL" }, 0)).toEqual({ reason: "filters" });
    expect(reason({}, 0)).toEqual({ reason: "empty-catalog" });
    const html = renderToStaticMarkup(
      createElement(BrowseResults, { data: toJsonText(resultsData({ rows: [], noResults: { reason: "search", q: HOSTILE, withFilters: false } })) }),
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<table");
    expect(textOf(html)).toContain("Clear the search and filters");
  });
});

describe("the selection guide", () => {
  const presets = (address: Record<string, string | string[]>) =>
    renderToStaticMarkup(createElement(BrowsePresets, { query: toJsonText(parseBrowseQuery(address).query) }));

  it("links every preset, keeping the sort, and marks the one whose filters are in force with its guide line", () => {
    const preset = BROWSE_PRESETS.find((candidate) => candidate.id === "strong-modern-results")!;
    const html = presets({ arch: "FLUX1", sort: "added" });
    expect(html.match(/<a /g)).toHaveLength(BROWSE_PRESETS.length);
    expect(html).toContain(`<a href="${escapeHtml(browseHref({ ...preset.filters, sort: "added" }))}" title="${escapeHtml(preset.guide)}" aria-current="true"`);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(textOf(html)).toContain(`Selection guide: “${preset.guide}”`);
    expect(unbalanced(html)).toEqual([]);
  });

  it("marks none when the filters are no preset's", () => {
    const html = presets({ arch: "FLUX1", kind: "MERGE" });
    expect(html).not.toContain("aria-current");
    expect(html).not.toContain("Selection guide:");
  });
});

describe("browseFiltersHtml", () => {
  const options = {
    architectures: [
      { key: "SDXL", name: "Stable Diffusion XL" },
      { key: "SD1", name: "Stable Diffusion 1.x" },
    ],
    licenses: null,
    teams: [{ key: "ml-platform", name: HOSTILE }],
  };

  it("reflects the query: search text, ticked boxes, chosen options", () => {
    const { query } = parseBrowseQuery({
      q: "pony",
      arch: "SDXL",
      approved: ["COMMERCIAL_OUTPUTS", "RESEARCH"],
      team: "ml-platform",
      sort: "added",
      effective: "HOSTED_SERVICE",
      effectiveStatus: "FORBIDDEN",
    });
    const html = browseFiltersHtml(query, options);
    expect(html).toContain('name="q" type="search" value="pony"');
    expect(html).toContain('<input type="checkbox" name="arch" value="SDXL" checked=""/>Stable Diffusion XL');
    expect(html).toContain('<input type="checkbox" name="arch" value="SD1"/>Stable Diffusion 1.x');
    expect(html.match(/name="approved" value="[A-Z_]+" checked=""/g)).toEqual([
      'name="approved" value="COMMERCIAL_OUTPUTS" checked=""',
      'name="approved" value="RESEARCH" checked=""',
    ]);
    expect(html).toContain('name="effectiveStatus" value="FORBIDDEN" checked=""');
    expect(html.match(/<option value="[^"]*" selected="">[^<]*<\/option>/g)).toEqual([
      `<option value="ml-platform" selected="">${escapeHtml(HOSTILE)}</option>`,
      '<option value="HOSTED_SERVICE" selected="">Hosted service</option>',
      '<option value="" selected="">Any use</option>',
      '<option value="" selected="">Any status</option>',
      '<option value="added" selected="">Recently added</option>',
    ]);
    expect(unbalanced(html)).toEqual([]);
  });

  it("labels every control: each label's for names an element of the form", () => {
    const { query } = parseBrowseQuery({});
    const html = browseFiltersHtml(query, { ...options, licenses: [{ key: "LicenseRef-x", name: "X" }] });
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
    const fors = [...html.matchAll(/<label for="([^"]+)"/g)].map((match) => match[1]);
    expect(fors).toEqual(["catalog-search", "filter-team", "filter-effective", "filter-usable", "filter-license", "filter-status", "filter-sort"]);
    for (const id of fors) expect(ids).toContain(id);
    expect(html).toContain('<select id="filter-license" name="license"');
    expect(html.match(/<fieldset/g)).toHaveLength(5);
  });

  it("escapes what the address brings: the search text and a typed license key", () => {
    const { query } = parseBrowseQuery({ q: `"><script>alert(1)</script>`, license: `x"><b>` });
    const html = browseFiltersHtml(query, options);
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>");
    expect(html).toContain(`value="${escapeHtml(`"><script>alert(1)</script>`)}"`);
    expect(unbalanced(html)).toEqual([]);
  });
});

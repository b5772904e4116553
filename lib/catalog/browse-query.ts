import { z } from "zod";
import { CATALOG_STATUSES } from "@/lib/catalog/approval-summary";
import { BROWSE_SORTS, PROMPT_STYLE_VALUES, type BrowseQuery } from "@/lib/catalog/browse-state";
import { INTENDED_USES, TERM_STATUSES, VERSION_KINDS } from "@/lib/licensing/vocabulary";

export { BROWSE_SORT_LABELS, BROWSE_SORTS, PROMPT_STYLE_VALUES, type BrowseQuery, type BrowseSort, type PromptStyleValue } from "@/lib/catalog/browse-state";

// The browse page's whole state lives in its URL, and GET /api/v1/checkpoints takes the same
// parameters: both parse them here. Repeated parameters are lists (arch=SD1&arch=SDXL).

export const BROWSE_PAGE_SIZE = 25;
/** Up to this many licenses the browse filter is a dropdown; beyond, nobody can use one (and it weighs on the page): the key is typed. */
export const MAX_LICENSE_OPTIONS = 60;
/**
 * How far a page counts its results: exactly up to ten pages beyond the current one, then "more
 * than". Counting every match of a broad filter over 100,000 versions on each request would cost
 * more than rendering the page; nobody pages through thousands of results one by one.
 */
export function countLimit(page: number): number {
  return (page + 10) * BROWSE_PAGE_SIZE;
}
export const EMPTY_BROWSE_QUERY: BrowseQuery = {
  q: "",
  arch: [],
  kind: [],
  prompt: [],
  status: [],
  approved: [],
  effective: null,
  effectiveStatus: [],
  usable: null,
  license: null,
  team: null,
  sort: "name",
  page: 1,
};

const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { message: `At most ${max} values.` });

/** The parameters GET /api/v1/checkpoints and the browse page read (lists: repeat a parameter or separate values with commas). */
export const browseQuerySchema = z.object({
  q: z.string().trim().max(100, { message: "Keep the search under 100 characters." }).default(""),
  arch: list(z.string().regex(/^[A-Z0-9_]{1,40}$/, { message: "An architecture key is upper-case, e.g. SDXL." }), 10).default([]),
  kind: list(z.enum(VERSION_KINDS, { message: `kind is one of ${VERSION_KINDS.join(", ")}.` }), 4).default([]),
  prompt: list(z.enum(PROMPT_STYLE_VALUES, { message: `prompt is one of ${PROMPT_STYLE_VALUES.join(", ")}.` }), 3).default([]),
  status: list(z.enum(CATALOG_STATUSES, { message: `status is one of ${CATALOG_STATUSES.join(", ")}.` }), 8).default([]),
  approved: list(z.enum(INTENDED_USES, { message: `approved is one of ${INTENDED_USES.join(", ")}.` }), 7).default([]),
  effective: z.enum(INTENDED_USES, { message: `effective is one of ${INTENDED_USES.join(", ")}.` }).optional(),
  effectiveStatus: list(z.enum(TERM_STATUSES, { message: `effectiveStatus is one of ${TERM_STATUSES.join(", ")}.` }), 4).default([]),
  usable: z.enum(INTENDED_USES, { message: `usable is one of ${INTENDED_USES.join(", ")}.` }).optional(),
  license: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.+-]{0,119}$/, { message: "license is a license key, e.g. LicenseRef-creativeml-openrail-m." })
    .optional(),
  team: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "team is a team slug, e.g. creative-studio." })
    .max(80)
    .optional(),
  sort: z.enum(BROWSE_SORTS, { message: `sort is one of ${BROWSE_SORTS.join(", ")}.` }).default("name"),
  page: z.coerce
    .number({ message: "page is a whole number from 1." })
    .int({ message: "page is a whole number from 1." })
    .min(1, { message: "page is a whole number from 1." })
    .max(100_000)
    .default(1),
});

const LIST_KEYS = new Set(["arch", "kind", "prompt", "status", "approved", "effectiveStatus"]);
const KNOWN_KEYS = new Set(Object.keys(browseQuerySchema.shape));

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

function rawParams(params: SearchParamsInput): Record<string, string | string[]> {
  const raw: Record<string, string[]> = {};
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, value]) =>
          value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((item) => [key, item] as [string, string]),
        );
  for (const [key, value] of entries) {
    if (value === "" || !KNOWN_KEYS.has(key)) continue; // an empty select or a stray parameter filters nothing
    (raw[key] ??= []).push(...(LIST_KEYS.has(key) ? value.split(",") : [value]));
  }
  return Object.fromEntries(Object.entries(raw).map(([key, values]) => [key, LIST_KEYS.has(key) ? [...new Set(values)] : values[0]!]));
}

export type BrowseQueryResult = { ok: true; query: BrowseQuery } | { ok: false; errors: Record<string, string>; query: BrowseQuery };

/**
 * Strict parsing (the API): any invalid parameter is an error. The page uses `lenient`, which
 * drops what it cannot read and keeps the rest, so a hand-edited URL still shows results.
 */
export function parseBrowseQuery(params: SearchParamsInput): BrowseQueryResult {
  const raw = rawParams(params);
  const parsed = browseQuerySchema.safeParse(raw);
  if (parsed.success) return { ok: true, query: normalize(parsed.data) };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "_")] ??= issue.message;
  const kept = Object.fromEntries(Object.entries(raw).filter(([key]) => !(key in errors)));
  const fallback = browseQuerySchema.safeParse(kept);
  return { ok: false, errors, query: fallback.success ? normalize(fallback.data) : EMPTY_BROWSE_QUERY };
}

function normalize(data: z.infer<typeof browseQuerySchema>): BrowseQuery {
  const effective = data.effective ?? null;
  return {
    q: data.q,
    arch: data.arch,
    kind: data.kind,
    prompt: data.prompt,
    status: data.status,
    approved: data.approved,
    effective,
    // "May we use it for X?": without statuses, a use counts when ALLOWED or CONDITIONAL.
    effectiveStatus: effective ? (data.effectiveStatus.length > 0 ? data.effectiveStatus : ["ALLOWED", "CONDITIONAL"]) : [],
    usable: data.usable ?? null,
    license: data.license ?? null,
    team: data.team ?? null,
    sort: data.sort,
    page: data.page,
  };
}

/** The query string of a browse state, without defaults, in a stable order. */
export function browseSearchParams(query: Partial<BrowseQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const full = { ...EMPTY_BROWSE_QUERY, ...query };
  if (full.q) params.set("q", full.q);
  for (const value of full.arch) params.append("arch", value);
  for (const value of full.kind) params.append("kind", value);
  for (const value of full.prompt) params.append("prompt", value);
  for (const value of full.status) params.append("status", value);
  for (const value of full.approved) params.append("approved", value);
  if (full.effective) {
    params.set("effective", full.effective);
    for (const value of full.effectiveStatus) params.append("effectiveStatus", value);
  }
  if (full.usable) params.set("usable", full.usable);
  if (full.license) params.set("license", full.license);
  if (full.team) params.set("team", full.team);
  if (full.sort !== "name") params.set("sort", full.sort);
  if (full.page > 1) params.set("page", String(full.page));
  return params;
}

export function browseHref(query: Partial<BrowseQuery>): string {
  const search = browseSearchParams(query).toString();
  return search ? `/?${search}` : "/";
}

/** True when any filter (not the sort or page) narrows the results. */
export function hasFilters(query: BrowseQuery): boolean {
  return Boolean(
    query.q ||
    query.arch.length ||
    query.kind.length ||
    query.prompt.length ||
    query.status.length ||
    query.approved.length ||
    query.effective ||
    query.usable ||
    query.license ||
    query.team,
  );
}

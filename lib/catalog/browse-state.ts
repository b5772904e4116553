import type { CatalogStatus } from "@/lib/catalog/approval-summary";
import type { IntendedUse, TermStatus, VersionKind } from "@/lib/licensing/vocabulary";

// The browse page's state and its vocabulary, without the parser (lib/catalog/browse-query.ts):
// the filter form, a client component, imports these, and zod stays out of the browser's bundle.

export const BROWSE_SORTS = ["name", "released", "added"] as const;
export type BrowseSort = (typeof BROWSE_SORTS)[number];
export const PROMPT_STYLE_VALUES = ["NATURAL_LANGUAGE", "TAGS", "HYBRID"] as const;
export type PromptStyleValue = (typeof PROMPT_STYLE_VALUES)[number];

export const BROWSE_SORT_LABELS: Readonly<Record<BrowseSort, string>> = {
  name: "Name (A–Z)",
  released: "Release date (newest first)",
  added: "Recently added",
};

export interface BrowseQuery {
  q: string;
  arch: string[];
  kind: VersionKind[];
  prompt: PromptStyleValue[];
  status: CatalogStatus[];
  /** Uses that must each be approved right now (for `team`, when given). */
  approved: IntendedUse[];
  /** With `effectiveStatus`: the engine's effective status of this use must be one of them. */
  effective: IntendedUse | null;
  effectiveStatus: TermStatus[];
  /** Usable without a waiver for this use: ALLOWED, or CONDITIONAL with every organisation condition met. */
  usable: IntendedUse | null;
  license: string | null;
  /** Team slug: only approvals for this team (or for every team) count. */
  team: string | null;
  sort: BrowseSort;
  page: number;
}

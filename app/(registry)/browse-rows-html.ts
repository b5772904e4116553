import { approvedUseChipsHtml } from "@/components/catalog/use-chips";
import { catalogStatusBadgeHtml } from "@/components/ui/status-badges";
import { kindLabel } from "@/lib/format";
import { escapeHtml } from "@/lib/html/escape-html";
import type { CatalogStatus, UseApprovalState } from "@/lib/catalog/approval-summary";
import { TERM_STATUS_LABELS, type IntendedUse, type TermStatus, type VersionKind } from "@/lib/licensing/vocabulary";

// The browse table's rows as markup. React renders a page of them (25 rows, 300 to 500 elements
// with the use chips) element by element, which was a quarter of the acceptance filter's server
// time per request; as one string it is a single write. The same function runs on the server and
// in the browser, so hydration finds the same markup. Every value from the database goes through
// escapeHtml; everything else is the registry's own vocabulary.

/** One row of the browse table, flattened to what it shows. */
export interface BrowseTableRow {
  id: string;
  name: string;
  version: string;
  kind: VersionKind;
  architecture: string;
  /** The version's own licenses' names, joined; empty when it inherits its parents'. */
  licenses: string;
  status: CatalogStatus;
  violations: number;
  uses: Partial<Record<IntendedUse, UseApprovalState>>;
  /** The effective status of the use chosen in the effective-terms filter, when one is. */
  effective?: TermStatus;
}

/** The `<tr>`s of a page of browse results, with the effective-terms column when a use is chosen. */
export function browseRowsHtml(rows: readonly BrowseTableRow[], effective: IntendedUse | null): string {
  return rows.map((row) => rowHtml(row, effective)).join("");
}

function rowHtml(row: BrowseTableRow, effective: IntendedUse | null): string {
  const violations =
    row.violations > 0 ? `<span class="block text-xs text-rose-700">${row.violations} lineage violation${row.violations === 1 ? "" : "s"}</span>` : "";
  const cells = [
    `<td class="font-medium"><a href="/checkpoints/${escapeHtml(encodeURIComponent(row.id))}">${escapeHtml(row.name)}</a><span class="block text-xs font-normal text-slate-500">${escapeHtml(kindLabel(row.kind))}</span></td>`,
    `<td>${escapeHtml(row.version)}</td>`,
    `<td>${escapeHtml(row.architecture)}</td>`,
    `<td>${row.licenses ? escapeHtml(row.licenses) : '<span class="text-slate-500">Inherited</span>'}</td>`,
    `<td>${catalogStatusBadgeHtml(row.status)}${violations}</td>`,
    `<td>${approvedUseChipsHtml(row.uses)}</td>`,
  ];
  if (effective) cells.push(`<td>${row.effective ? escapeHtml(TERM_STATUS_LABELS[row.effective]) : ""}</td>`);
  return `<tr>${cells.join("")}</tr>`;
}

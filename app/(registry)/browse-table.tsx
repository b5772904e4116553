"use client";

import { UseChips } from "@/components/catalog/use-chips";
import { CatalogStatusBadge } from "@/components/ui/status-badges";
import { DataTable } from "@/components/ui/table";
import type { CatalogStatus, UseApprovalState } from "@/lib/catalog/approval-summary";
import { kindLabel } from "@/lib/format";
import { INTENDED_USE_LABELS, TERM_STATUS_LABELS, type IntendedUse, type TermStatus, type VersionKind } from "@/lib/licensing/vocabulary";

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

/**
 * The browse results table. A client component for the sake of the server's work per request: a
 * server component's table travels in the page's payload as every element and class name of every
 * cell; this one travels as its rows' data, a fraction of that, and renders the same markup.
 */
export function BrowseTable({ rows, effective }: { rows: BrowseTableRow[]; effective: IntendedUse | null }) {
  return (
    <DataTable
      caption="Checkpoint versions"
      dense
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          header: "Name",
          className: "font-medium",
          cell: (row) => (
            <>
              <a href={`/checkpoints/${row.id}`}>{row.name}</a>
              <span className="block text-xs font-normal text-slate-500">{kindLabel(row.kind)}</span>
            </>
          ),
        },
        { header: "Version", cell: (row) => row.version },
        { header: "Architecture", cell: (row) => row.architecture },
        { header: "License", cell: (row) => row.licenses || <span className="text-slate-500">Inherited</span> },
        {
          header: "Status",
          cell: (row) => (
            <>
              <CatalogStatusBadge status={row.status} />
              {row.violations > 0 && (
                <span className="block text-xs text-rose-700">
                  {row.violations} lineage violation{row.violations === 1 ? "" : "s"}
                </span>
              )}
            </>
          ),
        },
        { header: "Approved uses", cell: (row) => <UseChips uses={row.uses} /> },
        effective && { header: INTENDED_USE_LABELS[effective], cell: (row) => (row.effective ? TERM_STATUS_LABELS[row.effective] : null) },
      ]}
    />
  );
}

"use client";

import { TableFrame } from "@/components/ui/table";
import { INTENDED_USE_LABELS, type IntendedUse } from "@/lib/licensing/vocabulary";
import { browseRowsHtml, type BrowseTableRow } from "./browse-rows-html";

/**
 * The browse results table. A client component fed compact props: a server component's table
 * travels in the page's payload as every element and class name of every cell, this one as its
 * rows' data. Its rows are written as markup (browse-rows-html.ts), not rendered element by
 * element: on the server that per-element work was a quarter of the page's time per request.
 */
export function BrowseTable({ rows, effective }: { rows: BrowseTableRow[]; effective: IntendedUse | null }) {
  return (
    <TableFrame
      caption="Checkpoint versions"
      dense
      headers={[...HEADERS, ...(effective ? [INTENDED_USE_LABELS[effective]] : [])]}
      bodyHtml={browseRowsHtml(rows, effective)}
    />
  );
}

const HEADERS = ["Name", "Version", "Architecture", "License", "Status", "Approved uses"];

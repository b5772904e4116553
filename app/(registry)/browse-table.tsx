"use client";

import { TableFrame } from "@/components/ui/table";
import { memoizeByText } from "@/lib/cache/memoize-by-text";
import { fromJsonText, type JsonText } from "@/lib/json/json-text";
import { INTENDED_USE_LABELS, INTENDED_USES, type IntendedUse } from "@/lib/licensing/vocabulary";
import { browseRowsHtml, type BrowseTableRow } from "./browse-rows-html";

/**
 * The browse results table. A client component fed compact props: a server component's table
 * travels in the page's payload as every element and class name of every cell, this one as its
 * rows' data, as JSON text (lib/json/json-text.ts). Its rows are written as markup
 * (browse-rows-html.ts), not rendered element by element: on the server that per-element work was a
 * quarter of the page's time per request. The markup of a page of rows is remembered by its text.
 */
export function BrowseTable({ rows, effective }: { rows: JsonText<BrowseTableRow[]>; effective: IntendedUse | null }) {
  return (
    <TableFrame
      caption="Checkpoint versions"
      dense
      headers={[...HEADERS, ...(effective ? [INTENDED_USE_LABELS[effective]] : [])]}
      bodyHtml={rowsHtml(`${effective ?? ""}\n${rows}`)}
    />
  );
}

const HEADERS = ["Name", "Version", "Architecture", "License", "Status", "Approved uses"];

/** Keyed by the effective-terms use (or nothing) and the rows' JSON, on a line each. */
const rowsHtml = memoizeByText((text) => {
  const newline = text.indexOf("\n");
  const use = text.slice(0, newline);
  const effective = (INTENDED_USES as readonly string[]).includes(use) ? (use as IntendedUse) : null;
  return browseRowsHtml(fromJsonText<BrowseTableRow[]>(text.slice(newline + 1)), effective);
}, 100);

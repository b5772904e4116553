import type { ReactNode } from "react";

/**
 * The registry's one table. `card` stands alone on a page (border, shaded head); `flush` sits inside
 * a card that already has a border; `compact` sits inside a panel, with tighter cells.
 * Cell padding is set once on the table, not on every cell: 25 rows × 7 cells of repeated class
 * names add up in the page's payload.
 */
export type TableVariant = "card" | "flush" | "compact";

// `relative`: the containing block of the cells' visually hidden (absolutely positioned) labels, so
// they scroll with the table instead of widening the page on a narrow screen.
const FRAME: Readonly<Record<TableVariant, string>> = {
  card: "relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm",
  flush: "relative overflow-x-auto",
  compact: "relative overflow-x-auto",
};

// Child selectors, so that a table nested in a cell (an audit event's diff) keeps its own spacing.
const CELLS: Readonly<Record<TableVariant | "dense", string>> = {
  card: "[&>thead>tr>th]:px-4 [&>thead>tr>th]:py-2 [&>tbody>tr>*]:px-4 [&>tbody>tr>*]:py-2",
  flush: "[&>thead>tr>th]:px-4 [&>thead>tr>th]:py-2 [&>tbody>tr>*]:px-4 [&>tbody>tr>*]:py-2",
  compact: "[&>thead>tr>th]:py-1 [&>thead>tr>th]:pr-3 [&>tbody>tr>*]:py-2 [&>tbody>tr>*]:pr-3",
  dense: "[&>thead>tr>th]:px-3 [&>thead>tr>th]:py-2 [&>tbody>tr>*]:px-3 [&>tbody>tr>*]:py-2",
};

function tableClass(variant: TableVariant, dense: boolean | undefined): string {
  return `w-full text-left text-sm ${CELLS[dense ? "dense" : variant]}`;
}

const HEAD: Readonly<Record<TableVariant, string>> = {
  card: "bg-slate-50 text-xs tracking-wide text-slate-500 uppercase",
  flush: "bg-slate-50 text-xs tracking-wide text-slate-500 uppercase",
  compact: "text-xs tracking-wide text-slate-500 uppercase",
};

export interface Column<Row> {
  /** Column heading; an empty heading still needs a name for screen readers (`srOnly`). */
  header: ReactNode;
  srOnly?: boolean;
  cell: (row: Row) => ReactNode;
  /** Class names of this column's cells. */
  className?: string;
  /** The cell that names the row: rendered as `<th scope="row">`. */
  rowHeader?: boolean;
  /** Cell attributes that depend on the row (a title, say). */
  cellProps?: (row: Row) => { title?: string };
}

export interface DataTableProps<Row> {
  /** What the table lists, for screen readers. */
  caption: string;
  columns: readonly (Column<Row> | false | null | undefined)[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Attributes of a row: its class, a `data-*` hook for tests. */
  rowProps?: (row: Row) => { className?: string } & { [data: `data-${string}`]: string };
  variant?: TableVariant;
  /** Class names of the body (e.g. `align-top`). */
  bodyClassName?: string;
  /** Narrower cells, for tables of many columns. */
  dense?: boolean;
}

export function DataTable<Row>({ caption, columns, rows, rowKey, rowProps, variant = "card", bodyClassName, dense }: DataTableProps<Row>) {
  const shown = columns.filter((column): column is Column<Row> => Boolean(column));
  return (
    <TableFrame
      caption={caption}
      headers={shown.map((column, index) =>
        column.srOnly ? (
          <span key={index} className="sr-only">
            {column.header}
          </span>
        ) : (
          column.header
        ),
      )}
      variant={variant}
      dense={dense}
      bodyClassName={bodyClassName}
    >
      {rows.map((row) => (
        <tr key={rowKey(row)} {...rowProps?.(row)}>
          {shown.map((column, index) =>
            column.rowHeader ? (
              <th key={index} scope="row" className={column.className} {...column.cellProps?.(row)}>
                {column.cell(row)}
              </th>
            ) : (
              <td key={index} className={column.className} {...column.cellProps?.(row)}>
                {column.cell(row)}
              </td>
            ),
          )}
        </tr>
      ))}
    </TableFrame>
  );
}

/**
 * The frame, caption and head every table shares. DataTable fills it from columns; a table whose rows
 * are their own components (an audit event with its expandable diff) passes its rows as children.
 */
export function TableFrame({
  caption,
  headers,
  variant = "card",
  dense,
  bodyClassName,
  children,
  bodyHtml,
}: {
  caption: string;
  headers: readonly ReactNode[];
  variant?: TableVariant;
  dense?: boolean;
  bodyClassName?: string;
  /** The rows as elements, or `bodyHtml`: rows written as markup (escaped by their writer), as browse does. */
  children?: ReactNode;
  bodyHtml?: string;
}) {
  return (
    // A region that can take focus: on a narrow screen it scrolls sideways, and a keyboard must reach it.
    <div className={FRAME[variant]} role="region" aria-label={caption} tabIndex={0}>
      <table className={tableClass(variant, dense)}>
        <caption className="sr-only">{caption}</caption>
        <thead className={HEAD[variant]}>
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody
          className={`divide-y divide-slate-100 ${bodyClassName ?? ""}`}
          {...(bodyHtml === undefined ? { children } : { dangerouslySetInnerHTML: { __html: bodyHtml } })}
        />
      </table>
    </div>
  );
}

import Link from "next/link";

// A horizontal bar chart drawn as a list: each row is its label, a bar and its number, and the
// whole row links to the list it counts. The list is its own text alternative, and it renders on the
// server with no JavaScript.

export interface BarListItem {
  key: string;
  label: string;
  count: number;
  /** The filtered list behind the bar; none when the viewer may not open it. */
  href?: string | null;
}

const ROW = "grid grid-cols-[minmax(0,11rem)_minmax(0,1fr)_3rem] items-center gap-3 rounded px-1 py-1 text-sm";

export function BarList({ items, unit, label }: { items: readonly BarListItem[]; unit: [singular: string, plural: string]; label: string }) {
  const max = Math.max(1, ...items.map((item) => item.count));
  return (
    <ul aria-label={label} className="space-y-1">
      {items.map((item) => {
        const content = (
          <>
            <span className="truncate" title={item.label}>
              {item.label}
            </span>
            <svg aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none" className="h-3 w-full">
              <rect x="0" y="0" width="100" height="10" className="fill-slate-100" />
              <rect x="0" y="0" width={(item.count / max) * 100} height="10" className="fill-indigo-500" />
            </svg>
            <span className="text-right font-medium tabular-nums" data-testid="bar-count">
              {item.count}
              <span className="sr-only"> {item.count === 1 ? unit[0] : unit[1]}</span>
            </span>
          </>
        );
        return (
          <li key={item.key} data-bar={item.key}>
            {item.href ? (
              <Link href={item.href} className={`${ROW} text-slate-900 no-underline hover:bg-indigo-50 hover:no-underline`}>
                {content}
              </Link>
            ) : (
              <div className={ROW}>{content}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

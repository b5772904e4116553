import type { ReactNode } from "react";

// A column chart (one or two series side by side per period) drawn as server-rendered SVG: no
// library, no JavaScript. Each column links to the list it counts; the chart's caller puts a table
// of the same numbers beside it as its text alternative.

export interface ColumnSeries {
  key: string;
  label: string;
  /** A Tailwind fill class, e.g. `fill-indigo-500`. */
  fill: string;
}

export interface ColumnPeriod {
  key: string;
  label: string;
  values: Record<string, { count: number; href?: string | null }>;
}

const HEIGHT = 180;
const AXIS = 22;
const TOP = 14;

export function ColumnChart({
  title,
  series,
  periods,
  unit,
  wide = false,
}: {
  title: string;
  series: readonly ColumnSeries[];
  periods: readonly ColumnPeriod[];
  unit: string;
  /** For a chart across the page: a wider drawing, so its text is not scaled up. */
  wide?: boolean;
}) {
  const WIDTH = wide ? 1100 : 640;
  const max = Math.max(1, ...periods.flatMap((period) => series.map((each) => period.values[each.key]?.count ?? 0)));
  const slot = WIDTH / Math.max(1, periods.length);
  const barWidth = Math.min(28, (slot - 8) / series.length);
  const plot = HEIGHT - AXIS - TOP;
  const titleId = `chart-${title.replace(/\W+/g, "-").toLowerCase()}`;
  const labelEvery = Math.ceil(periods.length / 13);

  return (
    <figure className="space-y-2">
      {series.length > 1 && (
        <figcaption className="flex flex-wrap gap-4 text-xs text-slate-600">
          {series.map((each) => (
            <span key={each.key} className="flex items-center gap-1">
              <svg aria-hidden="true" focusable="false" viewBox="0 0 10 10" className="h-3 w-3">
                <rect width="10" height="10" className={each.fill} />
              </svg>
              {each.label}
            </span>
          ))}
        </figcaption>
      )}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full" aria-labelledby={titleId} role="group">
        <title id={titleId}>{title}</title>
        <line x1="0" x2={WIDTH} y1={HEIGHT - AXIS} y2={HEIGHT - AXIS} className="stroke-slate-300" />
        {periods.map((period, index) => {
          const x0 = index * slot + (slot - barWidth * series.length) / 2;
          return (
            <g key={period.key}>
              {series.map((each, seriesIndex) => {
                const value = period.values[each.key] ?? { count: 0 };
                const height = (value.count / max) * plot;
                const x = x0 + seriesIndex * barWidth;
                const y = HEIGHT - AXIS - height;
                const column: ReactNode = (
                  <>
                    <rect x={x + 1} y={y} width={barWidth - 2} height={Math.max(height, value.count > 0 ? 1 : 0)} className={each.fill} />
                    {value.count > 0 && (
                      <text x={x + barWidth / 2} y={y - 3} textAnchor="middle" className="fill-slate-700 text-[10px]">
                        {value.count}
                      </text>
                    )}
                  </>
                );
                const name = `${period.label}, ${each.label}: ${value.count} ${unit}`;
                return value.href ? (
                  <a key={each.key} href={value.href} aria-label={name} className="focus:outline-2 focus:outline-indigo-600">
                    {/* A full-height target, so an empty period is still one click away. */}
                    <rect x={x} y={TOP} width={barWidth} height={plot} className="fill-transparent hover:fill-indigo-50" />
                    {column}
                  </a>
                ) : (
                  <g key={each.key}>{column}</g>
                );
              })}
              {index % labelEvery === 0 && (
                <text x={index * slot + slot / 2} y={HEIGHT - 6} textAnchor="middle" aria-hidden="true" className="fill-slate-600 text-[10px]">
                  {period.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

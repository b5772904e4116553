const TONES = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  good: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  warn: "bg-amber-50 text-amber-900 ring-amber-200",
  bad: "bg-rose-50 text-rose-800 ring-rose-200",
  info: "bg-sky-50 text-sky-800 ring-sky-200",
} as const;

export type BadgeTone = keyof typeof TONES;

/** A badge's class names: the React Badge and markup written as text (the browse rows) share them. */
export function badgeClassName(tone: BadgeTone): string {
  return `badge ${TONES[tone]}`;
}

export function Badge({ tone = "neutral", children, title }: { tone?: BadgeTone; children: React.ReactNode; title?: string }) {
  return (
    <span title={title} className={badgeClassName(tone)}>
      {children}
    </span>
  );
}

import type { ReactNode } from "react";

/** What a list shows when it has nothing to list: say why, and what to do next. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">{children}</div>;
}

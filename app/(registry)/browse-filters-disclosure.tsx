import type { ReactNode } from "react";

/**
 * On a phone the filters fold behind one line with the count of active ones, so the results come
 * first; from the `lg` breakpoint they are always shown (globals.css, `data-expanded-from-lg`). A
 * native <details>: it opens without JavaScript too.
 */
export function BrowseFiltersDisclosure({ activeCount, children }: { activeCount: number; children: ReactNode }) {
  return (
    <details data-expanded-from-lg className="min-w-0">
      <summary className="cursor-pointer rounded-lg border border-slate-200 bg-white px-4 py-2 text-sm font-medium">
        Filters{activeCount > 0 ? ` (${activeCount} active)` : ""}
      </summary>
      <div className="mt-2 lg:mt-0">{children}</div>
    </details>
  );
}

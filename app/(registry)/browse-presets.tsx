import { browseHref } from "@/lib/catalog/browse-query";
import { activePreset, BROWSE_PRESETS } from "@/lib/catalog/presets";
import type { BrowseQuery } from "@/lib/catalog/browse-query";

/** The seed document's selection guide as one-click filters. */
export function BrowsePresets({ query }: { query: BrowseQuery }) {
  const active = activePreset(query);
  return (
    <nav aria-label="Selection guide" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">I want…</span>
      {BROWSE_PRESETS.map((preset) => {
        const current = preset.id === active?.id;
        return (
          <a
            key={preset.id}
            href={browseHref({ ...preset.filters, sort: query.sort })}
            title={preset.guide}
            aria-current={current ? "true" : undefined}
            className={`rounded-full px-3 py-1 no-underline ring-1 ring-inset hover:no-underline ${
              current ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-slate-800 ring-slate-300 hover:bg-indigo-50"
            }`}
          >
            {preset.label}
          </a>
        );
      })}
      {active && <p className="basis-full text-xs text-slate-600">Selection guide: “{active.guide}”</p>}
    </nav>
  );
}

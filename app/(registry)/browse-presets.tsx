import { memoizeByText } from "@/lib/cache/memoize-by-text";
import { browseHref, type BrowseQuery } from "@/lib/catalog/browse-query";
import { activePreset, BROWSE_PRESETS } from "@/lib/catalog/presets";
import { escapeHtml } from "@/lib/html/escape-html";
import { fromJsonText, type JsonText } from "@/lib/json/json-text";

/**
 * The seed document's selection guide as one-click filters. Written as markup, remembered by the
 * query's JSON text: finding the preset in force and making each preset's link build a dozen
 * search strings, the same for everyone who asks for the same filters.
 */
export function BrowsePresets({ query }: { query: JsonText<BrowseQuery> }) {
  return <nav aria-label="Selection guide" className="flex flex-wrap items-center gap-2 text-sm" dangerouslySetInnerHTML={{ __html: presetsHtml(query) }} />;
}

const PRESET = "rounded-full px-3 py-1 no-underline ring-1 ring-inset hover:no-underline";
const PRESET_STATE = {
  current: "bg-indigo-600 text-white ring-indigo-600",
  other: "bg-white text-slate-800 ring-slate-300 hover:bg-indigo-50",
};

const presetsHtml = memoizeByText((text) => {
  const query = fromJsonText<BrowseQuery>(text);
  const active = activePreset(query);
  const links = BROWSE_PRESETS.map((preset) => {
    const current = preset.id === active?.id;
    const href = escapeHtml(browseHref({ ...preset.filters, sort: query.sort }));
    return `<a href="${href}" title="${escapeHtml(preset.guide)}"${current ? ' aria-current="true"' : ""} class="${PRESET} ${current ? PRESET_STATE.current : PRESET_STATE.other}">${escapeHtml(preset.label)}</a>`;
  });
  const guide = active ? `<p class="basis-full text-xs text-slate-600">Selection guide: “${escapeHtml(active.guide)}”</p>` : "";
  return `<span class="text-slate-600">I want…</span>${links.join("")}${guide}`;
}, 100);

import { USE_APPROVAL_STATE_LABELS, type UseApprovalState } from "@/lib/catalog/approval-summary";
import { SHORT_USE_LABELS } from "@/lib/catalog/use-labels";
import { escapeHtml } from "@/lib/html/escape-html";
import { INTENDED_USE_LABELS, INTENDED_USES, type IntendedUse } from "@/lib/licensing/vocabulary";

const STYLE: Readonly<Record<UseApprovalState, { mark: string; className: string }>> = {
  APPROVED: { mark: "✓", className: "bg-emerald-50 text-emerald-800 ring-emerald-200" },
  APPROVED_WITH_WAIVER: { mark: "✓*", className: "bg-teal-50 text-teal-800 ring-teal-300" },
  NEEDS_REVIEW: { mark: "!", className: "bg-amber-50 text-amber-900 ring-amber-300" },
  EXPIRED: { mark: "○", className: "bg-slate-100 text-slate-600 ring-slate-300" },
};

/**
 * Which uses are approved, at a glance: one chip per use that has an approval, in vocabulary order.
 * Markup as text, for the browse rows (app/(registry)/browse-rows-html.ts).
 */
export function approvedUseChipsHtml(uses: Partial<Record<IntendedUse, UseApprovalState>>): string {
  const chips = INTENDED_USES.flatMap((use) => {
    const state = uses[use];
    if (!state) return [];
    const label = escapeHtml(`${INTENDED_USE_LABELS[use]}: ${USE_APPROVAL_STATE_LABELS[state]}`);
    const visible = escapeHtml(`${STYLE[state].mark} ${SHORT_USE_LABELS[use]}`);
    return [`<li title="${label}" class="${STYLE[state].className}"><span aria-hidden="true">${visible}</span><span class="sr-only">${label}</span></li>`];
  });
  if (chips.length === 0) return '<span class="text-xs text-slate-500">No approved uses</span>';
  return `<ul class="use-chips flex flex-wrap gap-1" aria-label="Approved uses">${chips.join("")}</ul>`;
}

/** What each chip's mark means, as markup (the browse results, app/(registry)/browse-results-html.ts). */
export const USE_CHIPS_LEGEND_HTML = `<p class="flex flex-wrap gap-3 text-xs text-slate-600">${(Object.keys(STYLE) as UseApprovalState[])
  .map(
    (state) =>
      `<span><span aria-hidden="true" class="mr-1 rounded px-1 ring-1 ring-inset ${STYLE[state].className}">${escapeHtml(STYLE[state].mark)}</span>${escapeHtml(USE_APPROVAL_STATE_LABELS[state])}</span>`,
  )
  .join("")}</p>`;

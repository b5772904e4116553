"use client";

import { INTENDED_USE_DESCRIPTIONS, INTENDED_USE_LABELS, INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import { TermStatusBadge } from "@/components/ui/status-badges";
import { describedBy, FieldError, labelClass, type FieldErrors } from "./form-feedback";

/** The intended uses, each with what it means and, once computable, its effective status. */
export function UsesFieldset({
  value,
  onChange,
  statuses,
  errors,
}: {
  value: IntendedUse[];
  onChange: (uses: IntendedUse[]) => void;
  statuses: Partial<Record<IntendedUse, TermStatus>> | null;
  errors: FieldErrors;
}) {
  return (
    <fieldset {...describedBy("uses", errors)}>
      <legend className={labelClass}>Intended uses</legend>
      <ul className="grid gap-2 sm:grid-cols-2">
        {INTENDED_USES.map((use) => {
          const status = statuses?.[use];
          return (
            <li key={use}>
              <label className="flex items-start gap-2 rounded-md border border-slate-200 bg-white p-2 text-sm has-[:checked]:border-indigo-400 has-[:checked]:bg-indigo-50/40">
                <input
                  type="checkbox"
                  name="uses"
                  value={use}
                  checked={value.includes(use)}
                  onChange={(event) => onChange(event.target.checked ? [...value, use] : value.filter((other) => other !== use))}
                  className="mt-1"
                  aria-describedby={`use-${use}-description`}
                />
                <span className="flex-1">
                  <span className="font-medium">{INTENDED_USE_LABELS[use]}</span>
                  {status && (
                    <span className="ml-2">
                      <TermStatusBadge status={status} title="Effective status in the license terms" />
                    </span>
                  )}
                  <span id={`use-${use}-description`} className="block text-xs text-slate-600">
                    {INTENDED_USE_DESCRIPTIONS[use]}
                  </span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <FieldError name="uses" errors={errors} />
    </fieldset>
  );
}

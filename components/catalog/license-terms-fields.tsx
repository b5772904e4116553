"use client";

import { TextArea, TextField } from "@/components/ui/form-fields";
import { INTENDED_USE_DESCRIPTIONS, INTENDED_USE_LABELS, INTENDED_USES, TERM_STATUS_LABELS, TERM_STATUSES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";

export interface RevisionValues {
  label: string | null;
  url: string | null;
  textSha256: string | null;
  summary: string | null;
  passThroughRestrictions: boolean;
  restrictionsText: string | null;
  obligations: string[];
  terms: Record<IntendedUse, { status: TermStatus; condition: string | null }>;
}

/**
 * The fields of one license revision: a status (and condition) for every intended use. `prefix`
 * nests the names ("revision.") when the revision is part of a larger form.
 */
export function LicenseTermsFields({ values, errors, prefix = "" }: { values?: RevisionValues; errors: (field: string) => string[] | undefined; prefix?: string }) {
  const name = (field: string) => `${prefix}${field}`;
  return (
    <div className="space-y-4">
      <fieldset>
        <legend className="mb-2 text-sm font-medium">Terms per intended use</legend>
        <table className="w-full text-left text-sm">
          <thead className="text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-1 pr-3">Use</th>
              <th scope="col" className="py-1 pr-3">Status</th>
              <th scope="col" className="py-1">Condition (required for Conditional)</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {INTENDED_USES.map((use) => {
              const statusName = name(`terms.${use}.status`);
              const conditionName = name(`terms.${use}.condition`);
              const statusErrors = errors(statusName);
              const conditionErrors = errors(conditionName);
              const statusId = `field-${statusName.replace(/\./g, "-")}`;
              const conditionId = `field-${conditionName.replace(/\./g, "-")}`;
              return (
                <tr key={use}>
                  <th scope="row" className="py-2 pr-3 font-medium" title={INTENDED_USE_DESCRIPTIONS[use]}>
                    {INTENDED_USE_LABELS[use]}
                  </th>
                  <td className="py-2 pr-3">
                    <label htmlFor={statusId} className="sr-only">
                      {INTENDED_USE_LABELS[use]}: status
                    </label>
                    <select
                      id={statusId}
                      name={statusName}
                      defaultValue={values?.terms[use].status ?? "UNKNOWN"}
                      aria-invalid={statusErrors ? true : undefined}
                      aria-describedby={statusErrors ? `${statusId}-error` : undefined}
                      className="rounded-md border border-slate-300 bg-white px-2 py-1"
                    >
                      {TERM_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {TERM_STATUS_LABELS[status]}
                        </option>
                      ))}
                    </select>
                    {statusErrors && (
                      <p id={`${statusId}-error`} className="text-rose-700">
                        {statusErrors.join(" ")}
                      </p>
                    )}
                  </td>
                  <td className="py-2">
                    <label htmlFor={conditionId} className="sr-only">
                      {INTENDED_USE_LABELS[use]}: condition
                    </label>
                    <input
                      id={conditionId}
                      name={conditionName}
                      defaultValue={values?.terms[use].condition ?? ""}
                      aria-invalid={conditionErrors ? true : undefined}
                      aria-describedby={conditionErrors ? `${conditionId}-error` : undefined}
                      className="w-full rounded-md border border-slate-300 bg-white px-2 py-1"
                    />
                    {conditionErrors && (
                      <p id={`${conditionId}-error`} className="text-rose-700">
                        {conditionErrors.join(" ")}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="mt-1 text-xs text-slate-500">Unknown is the honest answer when the license text does not settle a use; never pick Allowed by default.</p>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name={name("label")} label="Publisher's version label" defaultValue={values?.label} errors={errors(name("label"))} />
        <TextField name={name("url")} label="URL of this text" type="url" defaultValue={values?.url} errors={errors(name("url"))} />
        <TextField name={name("textSha256")} label="SHA-256 of the text" defaultValue={values?.textSha256} errors={errors(name("textSha256"))} />
      </div>
      <TextArea name={name("summary")} label="Summary" defaultValue={values?.summary} errors={errors(name("summary"))} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name={name("passThroughRestrictions")} defaultChecked={values?.passThroughRestrictions ?? false} />
        Use-based restrictions pass on to derivatives (OpenRAIL)
      </label>
      <TextArea name={name("restrictionsText")} label="Restrictions text" defaultValue={values?.restrictionsText} errors={errors(name("restrictionsText"))} />
      <TextArea name={name("obligations")} label="Obligations" defaultValue={values?.obligations.join("\n")} errors={errors(name("obligations"))} hint="One per line, e.g. Credit the creator." />
    </div>
  );
}

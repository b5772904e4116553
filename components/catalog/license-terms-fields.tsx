"use client";

import { TextArea, TextField } from "@/components/ui/form-fields";
import { DataTable } from "@/components/ui/table";
import { ORGANISATION_CONDITION_KEYS } from "@/lib/licensing/organisation-conditions";
import {
  INTENDED_USE_DESCRIPTIONS,
  INTENDED_USE_LABELS,
  INTENDED_USES,
  TERM_STATUS_LABELS,
  TERM_STATUSES,
  type IntendedUse,
  type TermStatus,
} from "@/lib/licensing/vocabulary";

export interface RevisionValues {
  label: string | null;
  url: string | null;
  textSha256: string | null;
  summary: string | null;
  passThroughRestrictions: boolean;
  restrictionsText: string | null;
  obligations: string[];
  terms: Record<IntendedUse, { status: TermStatus; condition: string | null; basis: string | null; conditionKeys: string[] }>;
}

/**
 * The fields of one license revision: for every intended use a status, its condition, the clause
 * that decides it (basis) and the organisation conditions it depends on (keys). A new revision
 * starts from the current one's values, so saving it never drops a clause or a key. `prefix`
 * nests the names ("revision.") when the revision is part of a larger form.
 */
export function LicenseTermsFields({
  values,
  errors,
  prefix = "",
}: {
  values?: RevisionValues;
  errors: (field: string) => string[] | undefined;
  prefix?: string;
}) {
  const name = (field: string) => `${prefix}${field}`;
  return (
    <div className="space-y-4">
      {/* min-w-0: a fieldset is at least as wide as its content by default, so the table could not scroll inside it. */}
      <fieldset className="min-w-0">
        <legend className="mb-2 text-sm font-medium">Terms per intended use</legend>
        <DataTable
          caption="Status, condition, clause and organisation conditions per intended use"
          variant="compact"
          bodyClassName="align-top"
          rows={INTENDED_USES}
          rowKey={(use) => use}
          columns={[
            {
              header: "Use",
              rowHeader: true,
              className: "font-medium",
              cellProps: (use) => ({ title: INTENDED_USE_DESCRIPTIONS[use] }),
              cell: (use) => INTENDED_USE_LABELS[use],
            },
            {
              header: "Status",
              cell: (use) => <TermCell use={use} part="status" name={name(`terms.${use}.status`)} value={values?.terms[use].status} errors={errors} />,
            },
            {
              header: "Condition (required for Conditional)",
              cell: (use) => <TermCell use={use} part="condition" name={name(`terms.${use}.condition`)} value={values?.terms[use].condition} errors={errors} />,
            },
            {
              header: "Clause",
              cell: (use) => <TermCell use={use} part="basis" name={name(`terms.${use}.basis`)} value={values?.terms[use].basis} errors={errors} />,
            },
            {
              header: "Organisation conditions (Conditional only)",
              cell: (use) => (
                <TermCell
                  use={use}
                  part="conditionKeys"
                  name={name(`terms.${use}.conditionKeys`)}
                  value={values?.terms[use].conditionKeys.join(", ")}
                  errors={errors}
                />
              ),
            },
          ]}
        />
        <p className="mt-1 text-xs text-slate-500">
          Unknown is the honest answer when the license text does not settle a use; never pick Allowed by default. The clause cites the text that decides the
          use (e.g. RAIL++-M §6). Organisation conditions are keys the organisation settles once at Settings → Organisation, separated by commas:{" "}
          {ORGANISATION_CONDITION_KEYS.join(", ")}.
        </p>
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
      <TextArea
        name={name("obligations")}
        label="Obligations"
        defaultValue={values?.obligations.join("\n")}
        errors={errors(name("obligations"))}
        hint="One per line, e.g. Credit the creator."
      />
    </div>
  );
}

const PART_LABELS = { status: "status", condition: "condition", basis: "clause", conditionKeys: "organisation condition keys" } as const;

/** One cell's control (the status select, or the condition, clause or keys input), labelled for its use, with its errors. */
function TermCell({
  use,
  part,
  name,
  value,
  errors,
}: {
  use: IntendedUse;
  part: keyof typeof PART_LABELS;
  name: string;
  value: string | null | undefined;
  errors: (field: string) => string[] | undefined;
}) {
  const fieldErrors = errors(name);
  const id = `field-${name.replace(/\./g, "-")}`;
  const common = { id, name, "aria-invalid": fieldErrors ? true : undefined, "aria-describedby": fieldErrors ? `${id}-error` : undefined } as const;
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {INTENDED_USE_LABELS[use]}: {PART_LABELS[part]}
      </label>
      {part === "status" ? (
        <select {...common} defaultValue={value ?? "UNKNOWN"} className="rounded-md border border-slate-300 bg-white px-2 py-1">
          {TERM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {TERM_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} defaultValue={value ?? ""} className="w-full rounded-md border border-slate-300 bg-white px-2 py-1" />
      )}
      {fieldErrors && (
        <p id={`${id}-error`} className="text-rose-700">
          {fieldErrors.join(" ")}
        </p>
      )}
    </>
  );
}

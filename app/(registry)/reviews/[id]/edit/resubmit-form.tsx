"use client";

import { useState } from "react";
import { describedBy, FieldError, inputClass, labelClass } from "@/components/submit/form-feedback";
import { useActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { UsesFieldset } from "@/components/submit/uses-fieldset";
import { VersionFactsFields, type VersionFactsState } from "@/components/submit/version-facts-fields";
import { SubmitButton } from "@/components/ui/form-fields";
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import { resubmitReviewRequestAction } from "../actions";

interface Props {
  requestId: string;
  revision: number;
  uses: IntendedUse[];
  justification: string;
  /** The version's facts are the request's own to correct. */
  editFacts: boolean;
  facts: VersionFactsState;
  architectures: { key: string; name: string }[];
  licenses: { id: string; key: string; name: string; summary: string | null }[];
  detectedArchitecture: string | null;
}

export function ResubmitForm(props: Props) {
  const { state, dispatch, pending, onSubmit } = useActionForm(resubmitReviewRequestAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const [uses, setUses] = useState(props.uses);
  const [facts, setFacts] = useState(props.facts);

  return (
    <form noValidate className="space-y-6" action={dispatch} onSubmit={onSubmit}>
      <input type="hidden" name="requestId" value={props.requestId} />
      <input type="hidden" name="revision" value={props.revision} />
      <input type="hidden" name="mode" value={props.editFacts ? "with-facts" : "request-only"} />

      {props.editFacts ? (
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 className="mb-3 font-semibold">The version&apos;s facts</h2>
          <VersionFactsFields
            value={facts}
            onChange={(patch) => setFacts((current) => ({ ...current, ...patch }))}
            errors={errors}
            architectures={props.architectures}
            licenses={props.licenses}
            detectedArchitecture={props.detectedArchitecture}
          />
        </section>
      ) : (
        <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          The version&apos;s facts belong to the catalog (other requests or approvals rely on them): ask an admin to correct them. Here you can change the uses
          and the justification.
        </p>
      )}

      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <UsesFieldset value={uses} onChange={setUses} statuses={null} errors={errors} />
        <div>
          <label htmlFor="justification" className={labelClass}>
            Justification
          </label>
          <textarea
            id="justification"
            name="justification"
            rows={4}
            defaultValue={props.justification}
            className={inputClass}
            {...describedBy("justification", errors)}
          />
          <FieldError name="justification" errors={errors} />
        </div>
      </section>

      <FormMessage state={state} />
      <SubmitButton pending={pending} label="Resubmit for review" pendingLabel="Resubmitting…" size="md" />
    </form>
  );
}

"use client";

import { useActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { COMMERCIAL_USES, type CommercialUse } from "@/lib/licensing/vocabulary";
import { toTriState, TRI_STATE_LABELS } from "@/lib/schemas/version-facts";

const COMMERCIAL_LABELS: Readonly<Record<CommercialUse, string>> = {
  NONE: "None (no commercial use)",
  IMAGE: "Image (sell generated images)",
  RENT_CIVIT: "RentCivit (Civitai's generation service only)",
  RENT: "Rent (any generation service)",
  SELL: "Sell (the model itself)",
};

// "Not stated" first: the form never suggests a permission the creator did not give.
const TRI_STATE = (["unknown", "yes", "no"] as const).map((value) => ({ value, label: TRI_STATE_LABELS[value] }));

export interface CreatorTermsValues {
  allowCommercialUse: CommercialUse[];
  allowNoCredit: boolean | null;
  allowDerivatives: boolean | null;
  allowDifferentLicense: boolean | null;
  text: string | null;
  sourceUrl: string | null;
  revision: number;
}

/** Creator-added terms in Civitai's vocabulary. Anything not stated stays unknown: never a permissive default. */
export function CreatorTermsForm({ action, versionId, terms }: { action: FormAction; versionId: string; terms: CreatorTermsValues | null }) {
  const { state, dispatch, pending, onSubmit, errors } = useActionForm(action);
  const commercialErrors = errors("allowCommercialUse");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="space-y-4" aria-label="Creator terms">
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="expectedRevision" value={terms?.revision ?? 0} />
      <fieldset aria-describedby={commercialErrors ? "allowCommercialUse-error" : "allowCommercialUse-hint"}>
        <legend className="mb-1 text-sm font-medium">Commercial use (allowCommercialUse)</legend>
        <div className="grid gap-1 text-sm sm:grid-cols-2">
          {COMMERCIAL_USES.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="checkbox" name="allowCommercialUse" value={value} defaultChecked={terms?.allowCommercialUse.includes(value) ?? false} />
              {COMMERCIAL_LABELS[value]}
            </label>
          ))}
        </div>
        <p id="allowCommercialUse-hint" className="mt-1 text-xs text-slate-500">
          Nothing ticked: not stated (commercial uses stay unknown). Each value grants only what it names.
        </p>
        {commercialErrors && (
          <p id="allowCommercialUse-error" className="mt-1 text-sm text-rose-700">
            {commercialErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          name="allowNoCredit"
          label="Use without credit (allowNoCredit)"
          defaultValue={toTriState(terms?.allowNoCredit)}
          options={TRI_STATE}
          errors={errors("allowNoCredit")}
        />
        <SelectField
          name="allowDerivatives"
          label="Fine-tunes and merges (allowDerivatives)"
          defaultValue={toTriState(terms?.allowDerivatives)}
          options={TRI_STATE}
          errors={errors("allowDerivatives")}
        />
        <SelectField
          name="allowDifferentLicense"
          label="Derivatives may relicense (allowDifferentLicense)"
          defaultValue={toTriState(terms?.allowDifferentLicense)}
          options={TRI_STATE}
          errors={errors("allowDifferentLicense")}
        />
      </div>
      <TextArea name="text" label="The creator's own words" defaultValue={terms?.text} errors={errors("text")} />
      <TextField name="sourceUrl" label="Where the creator states them" type="url" defaultValue={terms?.sourceUrl} errors={errors("sourceUrl")} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} label={terms ? `Save as revision ${terms.revision + 1}` : "Save creator terms"} />
    </form>
  );
}

"use client";

import { COMMERCIAL_USES, type CommercialUse } from "@/lib/licensing/vocabulary";
import { TRI_STATE_LABELS, type CreatorTermsState } from "@/lib/schemas/version-facts";
import { describedBy, FieldError, hintClass, inputClass, labelClass, type FieldErrors } from "@/components/submit/form-feedback";

// The creator's terms as the submission (/submit, the resubmission) and the catalog admin's
// creator-terms form both enter them, checked by the one creatorTermsSchema
// (lib/schemas/version-facts.ts). Controlled: each form keeps the values.

// Civitai's wording of its permission checkboxes, so submitters can copy what the model page shows.
const COMMERCIAL_USE_LABELS: Record<CommercialUse, string> = {
  NONE: "None: no commercial use at all",
  IMAGE: "Sell generated images",
  RENT_CIVIT: "Use on Civitai's generation service",
  RENT: "Use on other generation services",
  SELL: "Sell this model or merges of it",
};

const TRI_STATE_FLAGS = [
  { name: "allowNoCredit", legend: "Use without crediting the creator", yes: "Allowed (no credit needed)", no: "Credit required" },
  { name: "allowDerivatives", legend: "Share merges or fine-tunes of it", yes: "Allowed", no: "Not allowed" },
  { name: "allowDifferentLicense", legend: "Derivatives may use different permissions", yes: "Allowed", no: "Must keep these terms" },
] as const;

/**
 * The permissions a creator added on top of the licenses, in Civitai's vocabulary; "not stated" is
 * never read as allowed. Input names are the schema's paths after `namePrefix` (the submission
 * nests them under "creatorTerms."), so each error lands under its field. With `askPresence`, a
 * checkbox says whether the creator added terms at all and the rest shows once it is ticked.
 */
export function CreatorTermsFields({
  value,
  onChange,
  errors,
  namePrefix = "",
  askPresence = true,
}: {
  value: CreatorTermsState;
  onChange: (value: CreatorTermsState) => void;
  errors: FieldErrors;
  namePrefix?: string;
  askPresence?: boolean;
}) {
  const terms = value;
  const setTerms = (patch: Partial<CreatorTermsState>) => onChange({ ...terms, ...patch });
  const name = (field: string) => `${namePrefix}${field}`;
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">Creator-added terms</legend>
      {askPresence && (
        <>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name={name("present")} checked={terms.present} onChange={(event) => setTerms({ present: event.target.checked })} />
            The creator added permissions of their own (as on Civitai&apos;s model page)
          </label>
          <FieldError name={name("present")} errors={errors} />
        </>
      )}
      {(terms.present || !askPresence) && (
        <>
          <fieldset {...describedBy(name("allowCommercialUse"), errors)}>
            <legend className="text-sm font-medium">Commercial use the creator allows</legend>
            <div className="grid gap-1 sm:grid-cols-2">
              {COMMERCIAL_USES.map((use) => (
                <label key={use} className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={name("allowCommercialUse")}
                    value={use}
                    checked={terms.allowCommercialUse.includes(use)}
                    onChange={(event) =>
                      setTerms({
                        allowCommercialUse: event.target.checked
                          ? [...terms.allowCommercialUse, use]
                          : terms.allowCommercialUse.filter((other) => other !== use),
                      })
                    }
                  />
                  {COMMERCIAL_USE_LABELS[use]}
                </label>
              ))}
            </div>
            <p className={hintClass}>None ticked: not stated, read as unknown, never as allowed.</p>
            <FieldError name={name("allowCommercialUse")} errors={errors} />
          </fieldset>
          <div className="grid gap-3 sm:grid-cols-3">
            {TRI_STATE_FLAGS.map((flag) => (
              <fieldset key={flag.name} {...describedBy(name(flag.name), errors)}>
                <legend className="text-sm font-medium">{flag.legend}</legend>
                {(
                  [
                    ["yes", flag.yes],
                    ["no", flag.no],
                    ["unknown", TRI_STATE_LABELS.unknown],
                  ] as const
                ).map(([option, label]) => (
                  <label key={option} className="flex items-center gap-2 text-sm">
                    <input
                      type="radio"
                      name={name(flag.name)}
                      value={option}
                      checked={terms[flag.name] === option}
                      onChange={() => setTerms({ [flag.name]: option })}
                    />
                    {label}
                  </label>
                ))}
                <FieldError name={name(flag.name)} errors={errors} />
              </fieldset>
            ))}
          </div>
          <div className="grid gap-3 sm:grid-cols-2">
            <div>
              <label htmlFor="creatorTerms.text" className={labelClass}>
                Other terms, as the creator wrote them
              </label>
              <textarea
                id="creatorTerms.text"
                name={name("text")}
                rows={2}
                value={terms.text}
                onChange={(event) => setTerms({ text: event.target.value })}
                className={inputClass}
                {...describedBy(name("text"), errors)}
              />
              <FieldError name={name("text")} errors={errors} />
            </div>
            <div>
              <label htmlFor="creatorTerms.sourceUrl" className={labelClass}>
                Where the terms are published
              </label>
              <input
                id="creatorTerms.sourceUrl"
                name={name("sourceUrl")}
                type="url"
                value={terms.sourceUrl}
                onChange={(event) => setTerms({ sourceUrl: event.target.value })}
                className={inputClass}
                {...describedBy(name("sourceUrl"), errors)}
              />
              <FieldError name={name("sourceUrl")} errors={errors} />
            </div>
          </div>
        </>
      )}
    </fieldset>
  );
}

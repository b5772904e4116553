"use client";

import { useState } from "react";
import { CreatorTermsFields } from "@/components/version-facts/creator-terms-fields";
import { EMPTY_VERSION_FIELDS, VersionFileFields, VersionIdentityFields, type VersionFieldsState } from "@/components/version-facts/version-fields";
import { Combobox, searchCatalog, type ComboboxOption } from "./combobox";
import { describedBy, FieldError, hintClass, labelClass, type FieldErrors } from "./form-feedback";
import { EMPTY_CREATOR_TERMS, type CreatorTermsState } from "@/lib/schemas/version-facts";
import { creatorTermsKey, idsKey, SourceNote, type FieldSources } from "@/components/intake/source-note";

export interface VersionFactsState extends VersionFieldsState {
  parents: ComboboxOption[];
  licenseIds: string[];
  creatorTerms: CreatorTermsState;
}

export const EMPTY_VERSION_FACTS: VersionFactsState = {
  ...EMPTY_VERSION_FIELDS,
  parents: [],
  licenseIds: [],
  creatorTerms: EMPTY_CREATOR_TERMS,
};

interface Props {
  value: VersionFactsState;
  onChange: (patch: Partial<VersionFactsState>) => void;
  errors: FieldErrors;
  architectures: { key: string; name: string }[];
  licenses: { id: string; key: string; name: string; summary: string | null }[];
  detectedArchitecture: string | null;
  /** Where an import took each prefilled value from (shown under the field). */
  sources?: FieldSources;
  /** Shown next to imported creator permissions (Civitai's permissive defaults). */
  creatorTermsNote?: string | null;
}

/**
 * The facts of a version the catalog does not have yet, shared by /submit and the resubmission
 * form: the version's fields (components/version-facts, which the catalog's forms use too), its
 * parents and licence layers, and the creator's terms.
 */
export function VersionFactsFields({ value, onChange, errors, architectures, licenses, detectedArchitecture, sources, creatorTermsNote }: Props) {
  return (
    <div className="space-y-5">
      <VersionIdentityFields
        value={value}
        onChange={onChange}
        errors={errors}
        sources={sources}
        architectures={architectures}
        detectedArchitecture={detectedArchitecture}
      />

      <div>
        <label htmlFor="parent-search" className={labelClass}>
          Parents <span className="font-normal text-slate-500">(the models it was fine-tuned, merged or distilled from)</span>
        </label>
        {value.parents.length > 0 && (
          <ul aria-label="Chosen parents" className="mb-2 flex flex-wrap gap-2">
            {value.parents.map((parent) => (
              <li key={parent.id} className="flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-3 text-sm text-indigo-900 ring-1 ring-indigo-200">
                {parent.label}
                <input type="hidden" name="parentIds" value={parent.id} />
                <button
                  type="button"
                  onClick={() => onChange({ parents: value.parents.filter((other) => other.id !== parent.id) })}
                  className="rounded-full px-1.5 text-indigo-700 hover:bg-indigo-100"
                  aria-label={`Remove parent ${parent.label}`}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <ParentSearch
          exclude={value.parents.map((parent) => parent.id)}
          onPick={(option) => onChange({ parents: [...value.parents, option] })}
          errors={errors}
        />
        <p id="parent-hint" className={hintClass}>
          Type a name and pick from the catalog; a merge has two or more parents, a base model none.
        </p>
        <FieldError name="parentIds" errors={errors} />
        <SourceNote sources={sources} field="parents" current={idsKey(value.parents.map((parent) => parent.id))} />
      </div>

      <fieldset {...describedBy("licenseIds", errors)}>
        <legend className={labelClass}>License layers it declares</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {licenses.map((license) => (
            <label key={license.id} className="flex items-start gap-2 text-sm" title={license.summary ?? undefined}>
              <input
                type="checkbox"
                name="licenseIds"
                value={license.id}
                checked={value.licenseIds.includes(license.id)}
                onChange={(event) =>
                  onChange({ licenseIds: event.target.checked ? [...value.licenseIds, license.id] : value.licenseIds.filter((id) => id !== license.id) })
                }
                className="mt-1"
              />
              <span>
                {license.name} <span className="text-xs text-slate-500">{license.key}</span>
              </span>
            </label>
          ))}
        </div>
        <p className={hintClass}>None ticked: no license recorded, and every use reads as unknown.</p>
        <FieldError name="licenseIds" errors={errors} />
        <SourceNote sources={sources} field="licenseIds" current={idsKey(value.licenseIds)} />
      </fieldset>

      {sources?.creatorTerms && (
        <div className="text-xs" data-testid="creator-terms-source">
          <SourceNote sources={sources} field="creatorTerms" current={value.creatorTerms.present ? creatorTermsKey(value.creatorTerms) : ""} />
          {creatorTermsNote && <p className="mt-1 text-amber-800">{creatorTermsNote}</p>}
        </div>
      )}
      <CreatorTermsFields value={value.creatorTerms} onChange={(creatorTerms) => onChange({ creatorTerms })} errors={errors} namePrefix="creatorTerms." />

      <VersionFileFields value={value} onChange={onChange} errors={errors} sources={sources} sha256Note="filled in when you inspect the file" />
    </div>
  );
}

function ParentSearch({ exclude, onPick, errors }: { exclude: string[]; onPick: (option: ComboboxOption) => void; errors: FieldErrors }) {
  // The search text is local: picking adds a chip and clears it.
  const [text, setText] = useState("");
  const aria = describedBy("parentIds", errors, "parent-hint");
  return (
    <Combobox
      id="parent-search"
      value={text}
      onValueChange={setText}
      onSelect={(option) => {
        onPick(option);
        setText("");
      }}
      search={(query) => searchCatalog("versions", query)}
      placeholder="Search the catalog, e.g. SDXL or Pony"
      ariaDescribedBy={aria["aria-describedby"]}
      ariaInvalid={Boolean(aria["aria-invalid"])}
      excludeIds={exclude}
    />
  );
}

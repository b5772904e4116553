"use client";

import { useState } from "react";
import { kindLabel } from "@/lib/format";
import { VERSION_KINDS, type VersionKind } from "@/lib/licensing/vocabulary";
import { Combobox, searchCatalog, type ComboboxOption } from "./combobox";
import { CreatorTermsFields, type CreatorTermsState } from "./creator-terms-fields";
import { describedBy, FieldError, hintClass, inputClass, labelClass, type FieldErrors } from "./form-feedback";
import { creatorTermsKey, idsKey, SourceNote, type FieldSources } from "@/components/intake/source-note";

export interface VersionFactsState {
  versionLabel: string;
  kind: VersionKind | "";
  architectureKey: string;
  publisher: string;
  parents: ComboboxOption[];
  licenseIds: string[];
  creatorTerms: CreatorTermsState;
  sourceUrl: string;
  sha256: string;
  fileSizeBytes: string;
  fileName: string;
}

export const EMPTY_VERSION_FACTS: VersionFactsState = {
  versionLabel: "",
  kind: "",
  architectureKey: "",
  publisher: "",
  parents: [],
  licenseIds: [],
  creatorTerms: {
    present: false,
    allowCommercialUse: [],
    allowNoCredit: "unknown",
    allowDerivatives: "unknown",
    allowDifferentLicense: "unknown",
    text: "",
    sourceUrl: "",
  },
  sourceUrl: "",
  sha256: "",
  fileSizeBytes: "",
  fileName: "",
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

/** The facts of a version the catalog does not have yet; shared by /submit and the resubmission form. */
export function VersionFactsFields({ value, onChange, errors, architectures, licenses, detectedArchitecture, sources, creatorTermsNote }: Props) {
  const detectedName = architectures.find((architecture) => architecture.key === detectedArchitecture)?.name;

  return (
    <div className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="versionLabel" className={labelClass}>
            Version label
          </label>
          <input
            id="versionLabel"
            name="versionLabel"
            value={value.versionLabel}
            onChange={(event) => onChange({ versionLabel: event.target.value })}
            placeholder="v1.0"
            className={inputClass}
            {...describedBy("versionLabel", errors)}
          />
          <FieldError name="versionLabel" errors={errors} />
          <SourceNote sources={sources} field="versionLabel" current={value.versionLabel} />
        </div>
        <div>
          <label htmlFor="kind" className={labelClass}>
            Kind
          </label>
          <select
            id="kind"
            name="kind"
            value={value.kind}
            onChange={(event) => onChange({ kind: event.target.value as VersionKind | "" })}
            className={inputClass}
            {...describedBy("kind", errors)}
          >
            <option value="">Choose…</option>
            {VERSION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind)}
              </option>
            ))}
          </select>
          <FieldError name="kind" errors={errors} />
          <SourceNote sources={sources} field="kind" current={value.kind} />
        </div>
        <div>
          <label htmlFor="architectureKey" className={labelClass}>
            Architecture
          </label>
          <select
            id="architectureKey"
            name="architectureKey"
            value={value.architectureKey}
            onChange={(event) => onChange({ architectureKey: event.target.value })}
            className={inputClass}
            {...describedBy("architectureKey", errors, detectedName ? "architecture-hint" : undefined)}
          >
            <option value="">Choose…</option>
            {architectures.map((architecture) => (
              <option key={architecture.key} value={architecture.key}>
                {architecture.name}
              </option>
            ))}
          </select>
          {detectedName && (
            <p id="architecture-hint" className={hintClass}>
              Detected from the file&apos;s tensors: {detectedName}.
            </p>
          )}
          <FieldError name="architectureKey" errors={errors} />
          <SourceNote sources={sources} field="architectureKey" current={value.architectureKey} />
        </div>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="publisher" className={labelClass}>
            Publisher or creator <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <input
            id="publisher"
            name="publisher"
            value={value.publisher}
            onChange={(event) => onChange({ publisher: event.target.value })}
            className={inputClass}
            {...describedBy("publisher", errors)}
          />
          <FieldError name="publisher" errors={errors} />
          <SourceNote sources={sources} field="publisher" current={value.publisher} />
        </div>
        <div>
          <label htmlFor="sourceUrl" className={labelClass}>
            Source URL <span className="font-normal text-slate-500">(optional)</span>
          </label>
          <input
            id="sourceUrl"
            name="sourceUrl"
            type="url"
            value={value.sourceUrl}
            onChange={(event) => onChange({ sourceUrl: event.target.value })}
            placeholder="https://huggingface.co/…"
            className={inputClass}
            {...describedBy("sourceUrl", errors)}
          />
          <FieldError name="sourceUrl" errors={errors} />
          <SourceNote sources={sources} field="sourceUrl" current={value.sourceUrl} />
        </div>
      </div>

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
      <CreatorTermsFields value={value.creatorTerms} onChange={(creatorTerms) => onChange({ creatorTerms })} errors={errors} />

      <div className="grid gap-4 sm:grid-cols-3">
        <div className="sm:col-span-3">
          <label htmlFor="sha256" className={labelClass}>
            SHA-256 of the file <span className="font-normal text-slate-500">(filled in when you inspect the file)</span>
          </label>
          <input
            id="sha256"
            name="sha256"
            value={value.sha256}
            onChange={(event) => onChange({ sha256: event.target.value.trim() })}
            spellCheck={false}
            className={`${inputClass} font-mono`}
            {...describedBy("sha256", errors)}
          />
          <FieldError name="sha256" errors={errors} />
          <SourceNote sources={sources} field="sha256" current={value.sha256} />
        </div>
        <div>
          <label htmlFor="fileSizeBytes" className={labelClass}>
            File size (bytes)
          </label>
          <input
            id="fileSizeBytes"
            name="fileSizeBytes"
            inputMode="numeric"
            value={value.fileSizeBytes}
            onChange={(event) => onChange({ fileSizeBytes: event.target.value })}
            className={inputClass}
            {...describedBy("fileSizeBytes", errors)}
          />
          <FieldError name="fileSizeBytes" errors={errors} />
          <SourceNote sources={sources} field="fileSizeBytes" current={value.fileSizeBytes} />
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="fileName" className={labelClass}>
            File name
          </label>
          <input
            id="fileName"
            name="fileName"
            value={value.fileName}
            onChange={(event) => onChange({ fileName: event.target.value })}
            className={inputClass}
            {...describedBy("fileName", errors)}
          />
          <FieldError name="fileName" errors={errors} />
          <SourceNote sources={sources} field="fileName" current={value.fileName} />
        </div>
      </div>
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

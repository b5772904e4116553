"use client";

import { describedBy, FieldError, hintClass, inputClass, labelClass, type FieldErrors } from "@/components/submit/form-feedback";
import { SourceNote, type FieldSources } from "@/components/intake/source-note";
import { kindLabel } from "@/lib/format";
import { VERSION_KINDS, type VersionKind } from "@/lib/licensing/vocabulary";

// The fields of a version's facts that the submission (/submit and the resubmission) and the
// catalog's version form both show, named after the columns and checked by the one schema
// (versionFactsShape in lib/schemas/version-facts.ts). Controlled: each form keeps the values.

export interface VersionFieldsState {
  version: string;
  kind: VersionKind | "";
  architectureKey: string;
  publisher: string;
  sourceUrl: string;
  sha256: string;
  fileSizeBytes: string;
  fileName: string;
}

export const EMPTY_VERSION_FIELDS: VersionFieldsState = {
  version: "",
  kind: "",
  architectureKey: "",
  publisher: "",
  sourceUrl: "",
  sha256: "",
  fileSizeBytes: "",
  fileName: "",
};

interface FieldsProps {
  value: VersionFieldsState;
  onChange: (patch: Partial<VersionFieldsState>) => void;
  errors: FieldErrors;
  /** Where an import took each prefilled value from (shown under the field). */
  sources?: FieldSources;
}

/** The version's label, kind, architecture, publisher and source. */
export function VersionIdentityFields({
  value,
  onChange,
  errors,
  sources,
  architectures,
  detectedArchitecture = null,
}: FieldsProps & { architectures: { key: string; name: string }[]; detectedArchitecture?: string | null }) {
  const detectedName = architectures.find((architecture) => architecture.key === detectedArchitecture)?.name;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="version" className={labelClass}>
            Version label
          </label>
          <input
            id="version"
            name="version"
            value={value.version}
            onChange={(event) => onChange({ version: event.target.value })}
            placeholder="v1.0"
            className={inputClass}
            {...describedBy("version", errors)}
          />
          <FieldError name="version" errors={errors} />
          <SourceNote sources={sources} field="version" current={value.version} />
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
    </>
  );
}

/** The file: its SHA-256, size and name. */
export function VersionFileFields({ value, onChange, errors, sources, sha256Note }: FieldsProps & { sha256Note: string }) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <div className="sm:col-span-3">
        <label htmlFor="sha256" className={labelClass}>
          SHA-256 of the file <span className="font-normal text-slate-500">({sha256Note})</span>
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
  );
}

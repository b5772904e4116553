"use client";

import { useRef, useState, useTransition } from "react";
import { importCheckpointAction } from "@/app/(registry)/submit/actions";
import { formatBytes } from "@/lib/format";
import { IMPORT_SOURCE_LABELS } from "@/lib/intake/imported-facts";
import type { ImportInput } from "@/lib/schemas/intake";
import type { ImportPrefill } from "@/lib/intake/import-prefill";
import { hintClass, inputClass, labelClass } from "@/components/submit/form-feedback";
import { DataTable } from "@/components/ui/table";

export interface ImportedPrefill {
  prefill: ImportPrefill;
  receipt: string;
  pageUrl: string | null;
  via: "FETCHED" | "PASTED";
}

interface Props {
  onImported: (imported: ImportedPrefill) => void;
  onCleared: () => void;
  canAddLicenses: boolean;
}

/**
 * "Import from Civitai or Hugging Face": the server fetches the public metadata (or reads what was
 * pasted or dropped) and the form below is prefilled; every field stays editable.
 */
export function ImportPanel({ onImported, onCleared, canAddLicenses }: Props) {
  const [reference, setReference] = useState("");
  const [pasted, setPasted] = useState("");
  const [pastedName, setPastedName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<ImportedPrefill | null>(null);
  const [pending, startTransition] = useTransition();
  const fileRef = useRef<HTMLInputElement>(null);

  function run(input: ImportInput) {
    setProblem(null);
    startTransition(async () => {
      const outcome = await importCheckpointAction(input).catch(() => null);
      if (!outcome) return setProblem("The import did not reach the registry; check your connection and try again.");
      if (!outcome.ok) return setProblem(outcome.fieldErrors?.reference?.[0] ?? outcome.fieldErrors?.text?.[0] ?? outcome.message);
      if (outcome.data.status === "failed") return setProblem(outcome.data.problem.message);
      const imported: ImportedPrefill = {
        prefill: outcome.data.prefill,
        receipt: outcome.data.receipt,
        pageUrl: outcome.data.provenance.pageUrl,
        via: outcome.data.provenance.via,
      };
      setResult(imported);
      onImported(imported);
    });
  }

  async function takeFile(file: File | undefined) {
    if (!file) return;
    if (file.size > 2 * 1024 * 1024) return setProblem(`${file.name} is over 2 MB; drop the model card (README.md) or a Civitai JSON answer.`);
    const text = await file.text();
    setPasted(text);
    setPastedName(file.name);
    run({ mode: "paste", text, fileName: file.name });
  }

  return (
    <section aria-labelledby="import-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h2 id="import-heading" className="font-semibold">
          Import from Civitai or Hugging Face <span className="font-normal text-slate-500">(optional)</span>
        </h2>
        <p className="text-sm text-slate-600">
          The registry reads the model&apos;s public page and fills in the form below; check every field before you send.
        </p>
      </div>
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          run({ mode: "reference", reference });
        }}
      >
        <div className="min-w-64 flex-1">
          <label htmlFor="import-reference" className={labelClass}>
            Model address, AIR or repo
          </label>
          <input
            id="import-reference"
            value={reference}
            onChange={(event) => setReference(event.target.value)}
            placeholder="civitai.com/models/…?modelVersionId=…, urn:air:…, or org/name"
            className={inputClass}
            aria-describedby="import-reference-hint"
            spellCheck={false}
          />
          <p id="import-reference-hint" className={hintClass}>
            A Civitai model or version URL, a Civitai AIR (urn:air:sdxl:checkpoint:civitai:&lt;id&gt;@&lt;version&gt;), a file&apos;s SHA-256 or AutoV2, or a
            Hugging Face repo URL or id.
          </p>
        </div>
        <button
          type="submit"
          disabled={pending || reference.trim() === ""}
          className="mb-5 rounded-md bg-indigo-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-indigo-700 disabled:opacity-50"
        >
          {pending ? "Importing…" : "Import"}
        </button>
      </form>

      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-indigo-700">Offline: paste a Civitai JSON or a model card, or drop README.md</summary>
        <div className="mt-2 space-y-2">
          <label htmlFor="import-paste" className={labelClass}>
            Civitai model-version (or model) JSON, or a model card
          </label>
          <textarea
            id="import-paste"
            rows={5}
            value={pasted}
            onChange={(event) => {
              setPasted(event.target.value);
              setPastedName(null);
            }}
            className={`${inputClass} font-mono text-xs`}
            spellCheck={false}
          />
          <div
            className="flex flex-wrap items-center gap-3"
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              void takeFile(event.dataTransfer.files[0]);
            }}
          >
            <button
              type="button"
              disabled={pending || pasted.trim() === ""}
              onClick={() => run({ mode: "paste", text: pasted, fileName: pastedName })}
              className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50 disabled:opacity-50"
            >
              Import pasted text
            </button>
            <label htmlFor="import-file" className="text-slate-600">
              or choose a README.md / JSON file:
            </label>
            <input
              id="import-file"
              ref={fileRef}
              type="file"
              accept=".md,.json,text/markdown,application/json"
              onChange={(event) => void takeFile(event.target.files?.[0])}
            />
          </div>
        </div>
      </details>

      <div aria-live="polite">
        {pending && <p className="text-sm text-slate-600">Importing…</p>}
        {problem && (
          <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800" data-testid="import-problem">
            {problem} The form below still works by hand.
          </p>
        )}
      </div>
      {result && !pending && (
        <ImportSummary
          imported={result}
          canAddLicenses={canAddLicenses}
          onClear={() => {
            setResult(null);
            onCleared();
          }}
        />
      )}
    </section>
  );
}

function ImportSummary({ imported, canAddLicenses, onClear }: { imported: ImportedPrefill; canAddLicenses: boolean; onClear: () => void }) {
  const { prefill } = imported;
  const label = IMPORT_SOURCE_LABELS[prefill.source];
  return (
    <div className="space-y-2 rounded-md bg-indigo-50 p-3 text-sm" data-testid="import-summary">
      <p role="status">
        <strong>Imported from {label}</strong>
        {imported.pageUrl ? (
          <>
            {" "}
            (
            <a href={imported.pageUrl} rel="noreferrer noopener" className="break-all">
              {imported.pageUrl}
            </a>
            )
          </>
        ) : (
          " (pasted)"
        )}
        . {Object.keys(prefill.sources).length} fields were filled in; each says where it came from. Check them, then send.{" "}
        <button type="button" onClick={onClear} className="text-indigo-700 underline">
          Forget the import
        </button>
      </p>
      {prefill.unmatchedLicenses.length > 0 && (
        <div role="note" className="rounded bg-amber-50 p-2 text-amber-900">
          <p className="font-medium">Licences the catalog does not have yet (not ticked below):</p>
          <ul className="list-disc pl-5">
            {prefill.unmatchedLicenses.map((license) => (
              <li key={`${license.id}-${license.name}`}>
                {license.name ?? license.id}
                {license.id && license.name ? ` (${license.id})` : ""}
                {license.link && (
                  <>
                    {" — "}
                    <a href={license.link} rel="noreferrer noopener" className="break-all">
                      {license.link}
                    </a>
                  </>
                )}{" "}
                <span className="text-amber-800">from {license.origin}</span>
              </li>
            ))}
          </ul>
          <p>
            {canAddLicenses ? (
              <>
                <a href="/catalog/licenses/new" target="_blank" rel="noreferrer">
                  Add it as a new licence
                </a>{" "}
                (opens in a new tab), then import again to tick it.
              </>
            ) : (
              "Ask an admin to add it as a new licence; say so in your justification."
            )}
          </p>
        </div>
      )}
      {prefill.unmatchedParents.length > 0 && (
        <ul className="list-disc pl-5 text-amber-900">
          {prefill.unmatchedParents.map((parent) => (
            <li key={parent.ref}>
              Base model “{parent.ref}”: {parent.reason}.
            </li>
          ))}
        </ul>
      )}
      {prefill.notes.length > 0 && (
        <ul className="list-disc pl-5 text-slate-700">
          {prefill.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {prefill.files.length > 0 && (
        <div className="text-xs">
          <p className="font-medium">Files the source lists</p>
          <DataTable
            caption="Files the source lists"
            variant="compact"
            rows={prefill.files}
            rowKey={(file) => file.name}
            columns={[
              { header: "File", className: "break-all", cell: (file) => `${file.name}${file.primary ? " (primary)" : ""}` },
              { header: "SHA-256", className: "font-mono break-all", cell: (file) => file.sha256 ?? "—" },
              { header: "AutoV2", className: "font-mono", cell: (file) => file.autov2 ?? "—" },
              { header: "Size", cell: (file) => (file.sizeBytes === null ? "—" : formatBytes(file.sizeBytes)) },
            ]}
          />
        </div>
      )}
    </div>
  );
}

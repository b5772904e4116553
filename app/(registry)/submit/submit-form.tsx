"use client";

import { useRef, useState } from "react";
import { ChecksList } from "@/components/reviews/checks-list";
import { Combobox, searchCatalog, type ComboboxOption } from "@/components/submit/combobox";
import { lookupHashes } from "@/components/submit/catalog-lookups";
import { FileInspector } from "@/components/submit/file-inspector";
import { ParentProposalPanel } from "@/components/submit/parent-proposal";
import { useParentProposal } from "@/components/submit/use-parent-proposal";
import { describedBy, FieldError, hintClass, inputClass, labelClass } from "@/components/submit/form-feedback";
import { useActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { useSubmissionChecks } from "@/components/submit/use-submission-checks";
import { UsesFieldset } from "@/components/submit/uses-fieldset";
import { EMPTY_VERSION_FACTS, VersionFactsFields, type VersionFactsState } from "@/components/submit/version-facts-fields";
import { SubmitButton } from "@/components/ui/form-fields";
import type { IntendedUse } from "@/lib/licensing/vocabulary";
import { matchLicense, suggestedName, type LicenseOption } from "@/lib/reviews/file-prefill";
import { isProposalApplied, type ParentProposal, type RecipeMatch } from "@/lib/reviews/parent-proposal";
import type { SafetensorsInspection } from "@/lib/safetensors/inspect";
import { submitReviewRequestAction } from "./actions";
import { ImportPanel, type ImportedPrefill } from "@/components/intake/import-panel";
import { fieldSources, SourceNote, type FieldSources } from "@/components/intake/source-note";

interface Props {
  teams: { id: string; name: string }[];
  architectures: { key: string; name: string }[];
  licenses: (LicenseOption & { summary: string | null })[];
  canAddLicenses?: boolean;
}

export function SubmitForm({ teams, architectures, licenses, canAddLicenses = false }: Props) {
  const { state, dispatch, pending, onSubmit } = useActionForm(submitReviewRequestAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const formRef = useRef<HTMLFormElement>(null);

  const [teamId, setTeamId] = useState(teams.length === 1 ? teams[0]!.id : "");
  const [mode, setMode] = useState<"existing" | "new">("new");
  const [version, setVersion] = useState<ComboboxOption | null>(null);
  const [versionText, setVersionText] = useState("");
  const [checkpoint, setCheckpoint] = useState<{ id: string | null; name: string }>({ id: null, name: "" });
  const [facts, setFacts] = useState<VersionFactsState>(EMPTY_VERSION_FACTS);
  const [uses, setUses] = useState<IntendedUse[]>([]);
  const [detected, setDetected] = useState<string | null>(null);
  const [catalogued, setCatalogued] = useState<RecipeMatch | null>(null);
  const [imported, setImported] = useState<{ receipt: string; sources: FieldSources; creatorTermsNote: string | null } | null>(null);
  const parentProposal = useParentProposal();
  const patchFacts = (patch: Partial<VersionFactsState>) => setFacts((current) => ({ ...current, ...patch }));

  const checkKey = JSON.stringify([mode, version?.id, checkpoint.name, facts, uses, detected]);
  const preview = useSubmissionChecks(formRef, checkKey);
  const architectureNames = Object.fromEntries(architectures.map((architecture) => [architecture.key, architecture.name]));

  function onInspected(inspection: SafetensorsInspection) {
    setMode("new");
    setCatalogued(null);
    setDetected(inspection.architecture);
    setCheckpoint({ id: null, name: suggestedName(inspection) });
    const license = matchLicense(inspection.license, licenses);
    setFacts((current) => ({
      ...current,
      architectureKey: inspection.architecture && architectureNames[inspection.architecture] ? inspection.architecture : current.architectureKey,
      publisher: inspection.author ?? current.publisher,
      licenseIds: license ? [license.id] : current.licenseIds,
      fileName: inspection.fileName,
      fileSizeBytes: String(inspection.fileSize),
      sha256: "",
    }));
    // Parents and kind are proposed (ParentProposalPanel), never filled in unasked.
    void parentProposal.propose(inspection);
  }

  function acceptProposal(proposal: ParentProposal) {
    setFacts((current) => ({ ...current, kind: proposal.kind, parents: mergeOptions(current.parents, proposal.parents) }));
  }

  function onImported({ prefill, receipt }: ImportedPrefill) {
    setMode("new");
    setCatalogued(null);
    setImported({ receipt, sources: fieldSources(prefill), creatorTermsNote: prefill.creatorTermsNote });
    if (prefill.checkpointName) setCheckpoint({ id: null, name: prefill.checkpointName });
    setFacts((current) => ({
      ...current,
      version: prefill.version ?? current.version,
      kind: prefill.kind ?? current.kind,
      architectureKey: prefill.architectureKey ?? current.architectureKey,
      publisher: prefill.publisher ?? current.publisher,
      parents: prefill.parents.length > 0 ? prefill.parents : current.parents,
      licenseIds: prefill.licenseIds.length > 0 ? prefill.licenseIds : current.licenseIds,
      creatorTerms: prefill.creatorTerms ? { ...current.creatorTerms, ...prefill.creatorTerms, present: true } : current.creatorTerms,
      sourceUrl: prefill.sourceUrl ?? current.sourceUrl,
      sha256: prefill.sha256 ?? current.sha256,
      fileSizeBytes: prefill.fileSizeBytes ?? current.fileSizeBytes,
      fileName: prefill.fileName ?? current.fileName,
    }));
    if (prefill.sha256) void lookupHashes([prefill.sha256], []).then((matches) => setCatalogued(matches[0] ?? null));
  }

  function onHashed({ sha256, total }: { sha256: string; total: number }) {
    patchFacts({ sha256, fileSizeBytes: String(total) });
    void lookupHashes([sha256], []).then((matches) => setCatalogued(matches[0] ?? null));
  }

  return (
    <div className="space-y-6">
      <ImportPanel onImported={onImported} onCleared={() => setImported(null)} canAddLicenses={canAddLicenses} />
      <FileInspector architectureNames={architectureNames} onInspected={onInspected} onHashed={onHashed} />

      <form ref={formRef} noValidate aria-labelledby="submit-heading" className="space-y-6" action={dispatch} onSubmit={onSubmit}>
        <h2 id="submit-heading" className="sr-only">
          Review request
        </h2>
        <input type="hidden" name="detectedArchitecture" value={detected ?? ""} />
        {imported && mode === "new" && <input type="hidden" name="importReceipt" value={imported.receipt} />}

        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <div className="max-w-sm">
            <label htmlFor="teamId" className={labelClass}>
              Team
            </label>
            <select
              id="teamId"
              name="teamId"
              value={teamId}
              onChange={(event) => setTeamId(event.target.value)}
              className={inputClass}
              {...describedBy("teamId", errors)}
            >
              {teams.length !== 1 && <option value="">Choose your team…</option>}
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </select>
            <FieldError name="teamId" errors={errors} />
          </div>

          <fieldset {...describedBy("mode", errors)}>
            <legend className={labelClass}>What do you submit?</legend>
            <div className="flex flex-wrap gap-4 text-sm">
              <label className="flex items-center gap-2">
                <input type="radio" name="mode" value="existing" checked={mode === "existing"} onChange={() => setMode("existing")} />A version already in the
                catalog
              </label>
              <label className="flex items-center gap-2">
                <input type="radio" name="mode" value="new" checked={mode === "new"} onChange={() => setMode("new")} />A new checkpoint or version
              </label>
            </div>
            <FieldError name="mode" errors={errors} />
          </fieldset>

          {catalogued && (
            <div role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              This file is already catalogued as <strong>{catalogued.label}</strong>.{" "}
              <button
                type="button"
                className="font-medium text-indigo-700 underline"
                onClick={() => {
                  setMode("existing");
                  setVersion(catalogued);
                }}
              >
                Submit that catalogued version instead
              </button>
            </div>
          )}

          {mode === "new" && !catalogued && (
            <ParentProposalPanel
              key={JSON.stringify(parentProposal.proposal)}
              proposal={parentProposal.proposal}
              applied={parentProposal.proposal ? isProposalApplied(parentProposal.proposal, facts) : false}
              onAccept={acceptProposal}
            />
          )}

          {mode === "existing" ? (
            <div>
              <label htmlFor="version-search" className={labelClass}>
                Catalogued version
              </label>
              {version ? (
                <p className="flex items-center gap-3 text-sm">
                  <span className="font-medium">{version.label}</span>
                  <input type="hidden" name="versionId" value={version.id} />
                  {facts.sha256 && <input type="hidden" name="sha256" value={facts.sha256} />}
                  <button type="button" className="text-indigo-700 underline" onClick={() => setVersion(null)}>
                    Change
                  </button>
                </p>
              ) : (
                <Combobox
                  id="version-search"
                  value={versionText}
                  onValueChange={setVersionText}
                  onSelect={(option) => {
                    setVersion(option);
                    setVersionText("");
                  }}
                  search={(query) => searchCatalog("versions", query)}
                  placeholder="Search by name, alias or version"
                  {...comboboxAria("versionId", errors)}
                />
              )}
              <FieldError name="versionId" errors={errors} />
            </div>
          ) : (
            <>
              <div>
                <label htmlFor="checkpointName" className={labelClass}>
                  Checkpoint name
                </label>
                <Combobox
                  id="checkpointName"
                  name="checkpointName"
                  value={checkpoint.name}
                  onValueChange={(name) => setCheckpoint({ id: null, name })}
                  onSelect={(option) => setCheckpoint({ id: option.id, name: option.label })}
                  search={(query) => searchCatalog("checkpoints", query)}
                  placeholder="e.g. Illustrious XL"
                  {...comboboxAria("checkpointName", errors, "checkpoint-hint")}
                />
                {checkpoint.id && <input type="hidden" name="checkpointId" value={checkpoint.id} />}
                <p id="checkpoint-hint" className={hintClass}>
                  {checkpoint.id ? "A new version of this catalogued checkpoint." : "Pick a catalogued checkpoint for a new version of it, or type a new name."}
                </p>
                <FieldError name="checkpointName" errors={errors} />
                <FieldError name="importReceipt" errors={errors} />
                <SourceNote sources={imported?.sources} field="checkpointName" current={checkpoint.name} />
              </div>
              <VersionFactsFields
                sources={imported?.sources}
                creatorTermsNote={imported?.creatorTermsNote}
                value={facts}
                onChange={patchFacts}
                errors={errors}
                architectures={architectures}
                licenses={licenses}
                detectedArchitecture={detected}
              />
            </>
          )}
        </section>

        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <UsesFieldset value={uses} onChange={setUses} statuses={preview.useStatuses} errors={errors} />
          <div>
            <label htmlFor="justification" className={labelClass}>
              Justification
            </label>
            <textarea
              id="justification"
              name="justification"
              rows={4}
              className={inputClass}
              placeholder="What will your team use it for, and why this checkpoint?"
              {...describedBy("justification", errors)}
            />
            <FieldError name="justification" errors={errors} />
          </div>
        </section>

        <section aria-labelledby="checks-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="checks-heading" className="font-semibold">
            Checks before you send
          </h2>
          <p className="text-sm text-slate-600">Reviewers will see these findings with your request.</p>
          <div aria-live="polite" aria-busy={preview.status === "checking"}>
            {preview.status === "error" ? (
              <p className="text-sm text-rose-700">The checks could not run; they will run again when you submit.</p>
            ) : preview.status === "idle" ? (
              <p className="text-sm text-slate-500">Fill in the form to run the checks.</p>
            ) : (
              <>
                {uses.length === 0 && preview.checks.length > 0 && <p className="mb-2 text-sm text-slate-600">{CHOOSE_USES}</p>}
                <ChecksList checks={preview.checks} empty={uses.length === 0 ? CHOOSE_USES : undefined} />
              </>
            )}
          </div>
        </section>

        <FormMessage state={state} />
        <SubmitButton pending={pending} label="Submit for review" pendingLabel="Submitting…" size="md" />
      </form>
    </div>
  );
}

const CHOOSE_USES = "Choose the uses to check: tick at least one of the intended uses above and the licences are checked against it.";

function comboboxAria(name: string, errors: Record<string, string[] | undefined> | undefined, hintId?: string) {
  const aria = describedBy(name, errors, hintId);
  return { ariaDescribedBy: aria["aria-describedby"], ariaInvalid: Boolean(aria["aria-invalid"]) };
}

function mergeOptions(current: ComboboxOption[], added: ComboboxOption[]): ComboboxOption[] {
  const ids = new Set(current.map((option) => option.id));
  return [...current, ...added.filter((option) => !ids.has(option.id)).map(({ id, label, detail }) => ({ id, label, detail }))];
}

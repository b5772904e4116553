"use client";

import { useState } from "react";
import { useActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { promptStyleLabel } from "@/lib/format";
import type { VersionKind } from "@/lib/licensing/vocabulary";
import { PROMPT_STYLES } from "@/lib/schemas/catalog";
import { VersionFileFields, VersionIdentityFields, type VersionFieldsState } from "@/components/version-facts/version-fields";

export interface VersionFormValues {
  id: string;
  revision: number;
  version: string;
  kind: VersionKind;
  architectureKey: string;
  publisher: string | null;
  sourceUrl: string | null;
  sha256: string | null;
  fileSizeBytes: string | null;
  fileName: string | null;
  fileFormat: string | null;
  bestFor: string | null;
  pros: string[];
  cons: string[];
  knownFlaws: string[];
  licenseNotes: string | null;
  nativeResolution: number | null;
  promptStyle: string | null;
  releasedAt: string | null;
}

/**
 * Every descriptive field of a version. Create: pass `checkpointId`; edit: pass `version`. The facts
 * a submission states too are the shared fields of components/version-facts.
 */
export function VersionForm({
  action,
  architectures,
  checkpointId,
  version,
}: {
  action: FormAction;
  architectures: { key: string; name: string }[];
  checkpointId?: string;
  version?: VersionFormValues;
}) {
  const { state, dispatch, pending, onSubmit, errors, sent } = useActionForm(action);
  const [facts, setFacts] = useState<VersionFieldsState>(() => ({
    version: sent("version") ?? version?.version ?? "",
    kind: (sent("kind") ?? version?.kind ?? "FINETUNE") as VersionKind | "",
    architectureKey: sent("architectureKey") ?? version?.architectureKey ?? architectures[0]?.key ?? "",
    publisher: sent("publisher") ?? version?.publisher ?? "",
    sourceUrl: sent("sourceUrl") ?? version?.sourceUrl ?? "",
    sha256: sent("sha256") ?? version?.sha256 ?? "",
    fileSizeBytes: sent("fileSizeBytes") ?? version?.fileSizeBytes ?? "",
    fileName: sent("fileName") ?? version?.fileName ?? "",
  }));
  const patchFacts = (patch: Partial<VersionFieldsState>) => setFacts((current) => ({ ...current, ...patch }));
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={dispatch} onSubmit={onSubmit} className="space-y-4" aria-label={version ? "Edit version" : "New version"}>
      {checkpointId && <input type="hidden" name="checkpointId" value={checkpointId} />}
      {version && (
        <>
          <input type="hidden" name="id" value={version.id} />
          <input type="hidden" name="expectedRevision" value={version.revision} />
        </>
      )}
      <VersionIdentityFields value={facts} onChange={patchFacts} errors={fieldErrors} architectures={architectures} />
      <fieldset className="space-y-4 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">File</legend>
        <VersionFileFields value={facts} onChange={patchFacts} errors={fieldErrors} sha256Note="of the whole file; 64 hexadecimal characters" />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField name="fileFormat" label="Format" defaultValue={version?.fileFormat} errors={errors("fileFormat")} placeholder="safetensors" />
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="releasedAt" label="Released" type="date" defaultValue={version?.releasedAt} errors={errors("releasedAt")} />
        <TextField name="nativeResolution" label="Native resolution (px)" defaultValue={version?.nativeResolution} errors={errors("nativeResolution")} />
        <SelectField
          name="promptStyle"
          label="Prompting style"
          defaultValue={version?.promptStyle ?? ""}
          errors={errors("promptStyle")}
          options={[{ value: "", label: "Not recorded" }, ...PROMPT_STYLES.map((style) => ({ value: style, label: promptStyleLabel(style) }))]}
        />
      </div>
      <TextField name="bestFor" label="Best for" defaultValue={version?.bestFor} errors={errors("bestFor")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextArea name="pros" label="Pros" defaultValue={version?.pros.join("\n")} errors={errors("pros")} hint="One per line." />
        <TextArea name="cons" label="Cons" defaultValue={version?.cons.join("\n")} errors={errors("cons")} hint="One per line." />
        <TextArea name="knownFlaws" label="Known flaws" defaultValue={version?.knownFlaws.join("\n")} errors={errors("knownFlaws")} hint="One per line." />
      </div>
      <TextArea name="licenseNotes" label="License notes" defaultValue={version?.licenseNotes} errors={errors("licenseNotes")} />
      {version && (
        <p className="text-xs text-slate-500">
          Changing the kind, architecture or file facts flags this version&apos;s approvals for re-review (the kind also flags its derivatives&apos;).
        </p>
      )}
      <FormMessage state={state} />
      <SubmitButton pending={pending} label={version ? "Save version" : "Create version"} />
    </form>
  );
}

"use client";

import { useActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { SelectField, SubmitButton, TextArea, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { kindLabel, promptStyleLabel } from "@/lib/format";
import { VERSION_KINDS } from "@/lib/licensing/vocabulary";
import { PROMPT_STYLES } from "@/lib/schemas/catalog";

export interface VersionFormValues {
  id: string;
  revision: number;
  version: string;
  kind: string;
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

/** Every descriptive field of a version. Create: pass `checkpointId`; edit: pass `version`. */
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
  const { state, dispatch, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="space-y-4" aria-label={version ? "Edit version" : "New version"}>
      {checkpointId && <input type="hidden" name="checkpointId" value={checkpointId} />}
      {version && (
        <>
          <input type="hidden" name="id" value={version.id} />
          <input type="hidden" name="expectedRevision" value={version.revision} />
        </>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="version" label="Version label" required defaultValue={version?.version} errors={errors("version")} placeholder="v2.0" />
        <SelectField
          name="kind"
          label="Kind"
          required
          defaultValue={version?.kind ?? "FINETUNE"}
          errors={errors("kind")}
          options={VERSION_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
        />
        <SelectField
          name="architectureKey"
          label="Architecture"
          required
          defaultValue={version?.architectureKey ?? architectures[0]?.key}
          errors={errors("architectureKey")}
          options={architectures.map((architecture) => ({ value: architecture.key, label: architecture.name }))}
        />
        <TextField name="publisher" label="Publisher / creator" defaultValue={version?.publisher} errors={errors("publisher")} />
        <TextField
          name="sourceUrl"
          label="Source URL"
          type="url"
          defaultValue={version?.sourceUrl}
          errors={errors("sourceUrl")}
          placeholder="https://huggingface.co/..."
        />
        <TextField name="releasedAt" label="Released" type="date" defaultValue={version?.releasedAt} errors={errors("releasedAt")} />
      </div>
      <fieldset className="grid gap-4 rounded-md border border-slate-200 p-3 sm:grid-cols-2">
        <legend className="px-1 text-sm font-medium">File</legend>
        <TextField
          name="sha256"
          label="SHA-256"
          defaultValue={version?.sha256}
          errors={errors("sha256")}
          hint="Of the whole file; 64 hexadecimal characters."
        />
        <TextField name="fileName" label="File name" defaultValue={version?.fileName} errors={errors("fileName")} />
        <TextField name="fileSizeBytes" label="Size in bytes" defaultValue={version?.fileSizeBytes} errors={errors("fileSizeBytes")} />
        <TextField name="fileFormat" label="Format" defaultValue={version?.fileFormat} errors={errors("fileFormat")} placeholder="safetensors" />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
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

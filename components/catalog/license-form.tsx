"use client";

import { useRef } from "react";
import { useActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { SubmitButton, TextArea, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { LicenseChangePreview, type PreviewAction } from "./license-change-preview";
import { LicenseTermsFields, type RevisionValues } from "./license-terms-fields";

/** A new license with its first revision of terms. */
export function NewLicenseForm({ action }: { action: FormAction }) {
  const { state, dispatch, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="space-y-4" aria-label="New license">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="key"
          label="Key"
          required
          errors={errors("key")}
          hint="SPDX id, or LicenseRef-<slug> where SPDX has none."
          placeholder="LicenseRef-my-license"
        />
        <TextField name="name" label="Name" required errors={errors("name")} />
        <TextField name="url" label="Official page" type="url" errors={errors("url")} />
        <TextArea name="aliases" label="Aliases" errors={errors("aliases")} hint="Hugging Face license: / license_name: values, one per line." />
      </div>
      <h2 className="text-lg font-semibold">Revision 1</h2>
      <LicenseTermsFields errors={errors} prefix="revision." />
      <FormMessage state={state} />
      <SubmitButton pending={pending} label="Create license" />
    </form>
  );
}

/** The license's name, aliases and page. Its terms change only through a new revision. */
export function LicenseMetadataForm({
  action,
  license,
}: {
  action: FormAction;
  license: { id: string; name: string; aliases: string[]; url: string | null; updatedAt: string };
}) {
  const { state, dispatch, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="space-y-4" aria-label="License details">
      <input type="hidden" name="id" value={license.id} />
      <input type="hidden" name="expectedUpdatedAt" value={license.updatedAt} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="name" label="Name" required defaultValue={license.name} errors={errors("name")} />
        <TextField name="url" label="Official page" type="url" defaultValue={license.url} errors={errors("url")} />
      </div>
      <TextArea name="aliases" label="Aliases" defaultValue={license.aliases.join("\n")} errors={errors("aliases")} hint="One per line." />
      <FormMessage state={state} />
      <SubmitButton pending={pending} label="Save details" />
    </form>
  );
}

/** A change of terms: saved as the next revision, prefilled with the current one. */
export function LicenseRevisionForm({
  action,
  preview,
  licenseId,
  current,
}: {
  action: FormAction;
  preview: PreviewAction;
  licenseId: string;
  current: (RevisionValues & { revision: number }) | null;
}) {
  const { state, dispatch, pending, onSubmit, errors } = useActionForm(action);
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={dispatch} onSubmit={onSubmit} className="space-y-4" aria-label="Change terms">
      <input type="hidden" name="licenseId" value={licenseId} />
      <input type="hidden" name="expectedRevision" value={current?.revision ?? 0} />
      {/* A new revision's form starts from the current terms; the key makes it start over after each save. */}
      <LicenseTermsFields key={current?.revision ?? 0} values={current ?? undefined} errors={errors} />
      <FormMessage state={state} />
      <LicenseChangePreview form={form} preview={preview} />
      <SubmitButton pending={pending} label={`Save as revision ${(current?.revision ?? 0) + 1}`} />
    </form>
  );
}

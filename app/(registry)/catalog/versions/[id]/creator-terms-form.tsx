"use client";

import { useState } from "react";
import { CreatorTermsFields } from "@/components/version-facts/creator-terms-fields";
import { useActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import type { FormAction } from "@/lib/actions/action-result";
import { creatorTermsState, type StoredCreatorTerms } from "@/lib/schemas/version-facts";

export type CreatorTermsValues = StoredCreatorTerms & { revision: number };

/** Creator-added terms in Civitai's vocabulary (the submission's fields). Anything not stated stays unknown: never a permissive default. */
export function CreatorTermsForm({ action, versionId, terms }: { action: FormAction; versionId: string; terms: CreatorTermsValues | null }) {
  const { state, dispatch, pending, onSubmit } = useActionForm(action);
  const [value, setValue] = useState(() => creatorTermsState(terms));
  return (
    <form action={dispatch} onSubmit={onSubmit} className="space-y-4" aria-label="Creator terms">
      <input type="hidden" name="versionId" value={versionId} />
      <input type="hidden" name="expectedRevision" value={terms?.revision ?? 0} />
      <CreatorTermsFields value={value} onChange={setValue} errors={state && !state.ok ? state.fieldErrors : undefined} askPresence={false} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} label={terms ? `Save as revision ${terms.revision + 1}` : "Save creator terms"} />
    </form>
  );
}

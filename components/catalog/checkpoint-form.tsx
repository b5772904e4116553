"use client";

import { useActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { SubmitButton, TextArea, TextField } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";

export interface CheckpointFormValues {
  id: string;
  name: string;
  slug: string;
  aliases: string[];
  description: string | null;
  updatedAt: string;
}

/** Create (no `checkpoint`) or edit a checkpoint: the names people search by. */
export function CheckpointForm({ action, checkpoint }: { action: FormAction; checkpoint?: CheckpointFormValues }) {
  const { state, dispatch, pending, onSubmit, errors, sent } = useActionForm(action);
  return (
    <form action={dispatch} onSubmit={onSubmit} className="max-w-2xl space-y-4" aria-label={checkpoint ? "Edit checkpoint" : "New checkpoint"}>
      {checkpoint && (
        <>
          <input type="hidden" name="id" value={checkpoint.id} />
          <input type="hidden" name="expectedUpdatedAt" value={checkpoint.updatedAt} />
        </>
      )}
      <TextField name="name" label="Name" required defaultValue={sent("name") ?? checkpoint?.name} errors={errors("name")} placeholder="Illustrious XL" />
      <TextField
        name="slug"
        label="Slug"
        required
        defaultValue={sent("slug") ?? checkpoint?.slug}
        errors={errors("slug")}
        hint="Lower-case words joined by hyphens; unique."
        placeholder="illustrious-xl"
      />
      <TextArea
        name="aliases"
        label="Aliases"
        defaultValue={sent("aliases") ?? checkpoint?.aliases.join("\n")}
        errors={errors("aliases")}
        hint="Other names people search by, one per line."
      />
      <TextArea name="description" label="Description" rows={4} defaultValue={sent("description") ?? checkpoint?.description} errors={errors("description")} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} label={checkpoint ? "Save checkpoint" : "Create checkpoint"} />
    </form>
  );
}

"use client";

import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { useActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { SubmitButton } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";
import { kindLabel } from "@/lib/format";
import { LINEAGE_RELATIONS } from "@/lib/licensing/vocabulary";

const RELATION_LABELS: Record<string, string> = { FINETUNE: "Fine-tune of", MERGE: "Merge of", DISTILL: "Distilled from" };

export function ParentList({
  parents,
  removeAction,
  versionName,
}: {
  parents: { id: string; relation: string; weight: number | null; parentId: string; parentName: string }[];
  removeAction: FormAction;
  versionName: string;
}) {
  if (parents.length === 0) return <p className="text-sm text-slate-600">No parents recorded: a base model, or lineage not yet entered.</p>;
  return (
    <ul aria-label="Parents" className="divide-y divide-slate-100 text-sm">
      {parents.map((edge) => (
        <li key={edge.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>
            {RELATION_LABELS[edge.relation] ?? edge.relation} <Link href={`/catalog/versions/${edge.parentId}`}>{edge.parentName}</Link>
            {edge.weight !== null && <span className="text-slate-500"> (weight {edge.weight})</span>}
          </span>
          <ActionButton
            tone="remove"
            pendingLabel="Removing…"
            action={removeAction}
            fields={{ edgeId: edge.id }}
            label="Remove"
            accessibleLabel={`Remove ${edge.parentName} as a parent of ${versionName}`}
          />
        </li>
      ))}
    </ul>
  );
}

/** One candidate from the parent search, with the relation to record. */
export function AddParentForm({ action, childId, candidate }: { action: FormAction; childId: string; candidate: { id: string; name: string; kind: string } }) {
  const { state, dispatch, pending, onSubmit, errors } = useActionForm(action);
  const idBase = `parent-${candidate.id}`;
  const parentErrors = errors("parentId");
  return (
    <form action={dispatch} onSubmit={onSubmit} className="space-y-1 py-2 text-sm" aria-label={`Add ${candidate.name} as a parent`}>
      <input type="hidden" name="childId" value={childId} />
      <input type="hidden" name="parentId" value={candidate.id} />
      <div className="flex flex-wrap items-center gap-2">
        <span className="min-w-48 font-medium">
          {candidate.name} <span className="font-normal text-slate-500">({kindLabel(candidate.kind)})</span>
        </span>
        <label htmlFor={`${idBase}-relation`} className="sr-only">
          Relation
        </label>
        <select id={`${idBase}-relation`} name="relation" defaultValue="FINETUNE" className="rounded-md border border-slate-300 bg-white px-2 py-1">
          {LINEAGE_RELATIONS.map((relation) => (
            <option key={relation} value={relation}>
              {RELATION_LABELS[relation]}
            </option>
          ))}
        </select>
        <label htmlFor={`${idBase}-weight`} className="sr-only">
          Merge weight
        </label>
        <input
          id={`${idBase}-weight`}
          name="weight"
          placeholder="weight (merges)"
          aria-invalid={errors("weight") ? true : undefined}
          aria-describedby={errors("weight") ? `${idBase}-weight-error` : undefined}
          className="w-36 rounded-md border border-slate-300 bg-white px-2 py-1"
        />
        <SubmitButton pending={pending} label="Add as parent" pendingLabel="Adding…" />
      </div>
      {errors("weight") && (
        <p id={`${idBase}-weight-error`} className="text-rose-700">
          {errors("weight")!.join(" ")}
        </p>
      )}
      {parentErrors ? (
        <p role="alert" className="text-rose-700">
          {parentErrors.join(" ")}
        </p>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}

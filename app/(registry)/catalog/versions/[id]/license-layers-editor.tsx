"use client";

import Link from "next/link";
import { ActionButton } from "@/components/ui/action-button";
import { useActionForm } from "@/components/ui/action-form";
import type { FormAction } from "@/lib/actions/action-result";
import { SelectField, SubmitButton } from "@/components/ui/form-fields";
import { FormMessage } from "@/components/ui/form-message";

export function LicenseLayersEditor({
  versionId,
  versionName,
  layers,
  licenses,
  addAction,
  removeAction,
}: {
  versionId: string;
  versionName: string;
  layers: { id: string; key: string; name: string }[];
  licenses: { id: string; key: string; name: string }[];
  addAction: FormAction;
  removeAction: FormAction;
}) {
  const { state, dispatch, pending, onSubmit, errors } = useActionForm(addAction);
  const available = licenses.filter((license) => !layers.some((layer) => layer.id === license.id));
  return (
    <div className="space-y-3 text-sm">
      {layers.length === 0 ? (
        <p className="text-rose-700">No license recorded: every use of this version is unknown until one is added (its ancestors&apos; layers still apply).</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {layers.map((layer) => (
            <li key={layer.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <Link href={`/catalog/licenses/${layer.id}`}>{layer.name}</Link> <span className="text-xs text-slate-500">{layer.key}</span>
              </span>
              <ActionButton
                tone="remove"
                pendingLabel="Removing…"
                action={removeAction}
                fields={{ versionId, licenseId: layer.id }}
                label="Remove"
                accessibleLabel={`Remove ${layer.name} from ${versionName}`}
              />
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <form action={dispatch} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-label="Add a license layer">
          <input type="hidden" name="versionId" value={versionId} />
          <div className="min-w-64 flex-1">
            <SelectField
              name="licenseId"
              label="Add a license layer"
              options={available.map((license) => ({ value: license.id, label: license.name }))}
              errors={errors("licenseId")}
            />
          </div>
          <SubmitButton pending={pending} label="Add layer" pendingLabel="Adding…" />
          <div className="basis-full">
            <FormMessage state={state} />
          </div>
        </form>
      )}
    </div>
  );
}

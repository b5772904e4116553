import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import type { StackVersion } from "@/lib/licensing/license-stack";
import { TermStatusBadge } from "@/components/ui/status-badges";

/** Every layer of the version and of each ancestor, nearest first: the facts the effective terms come from. */
export function LicenseLayers({ stack }: { stack: StackVersion[] }) {
  return (
    <ol className="space-y-4">
      {stack.map((entry) => (
        <li key={entry.versionId} className="rounded-md border border-slate-200 p-3">
          <h3 className="font-medium">
            {entry.name}{" "}
            <span className="text-xs font-normal text-slate-500">
              {entry.depth === 0 ? "this version" : entry.depth === 1 ? "parent" : `ancestor, ${entry.depth} generations up`}
            </span>
          </h3>
          <div className="mt-2 space-y-3">
            {entry.layers.map((layer, index) => (
              <div key={`${layer.kind}-${layer.licenseKey ?? index}`} className="text-sm">
                <p className="font-medium">
                  {layer.url ? (
                    <a href={layer.url} rel="noreferrer noopener">
                      {layer.title}
                    </a>
                  ) : (
                    layer.title
                  )}{" "}
                  <span className="text-xs font-normal text-slate-500">
                    {layer.licenseKey ? `${layer.licenseKey} · ` : ""}
                    {layer.revision !== null ? `revision ${layer.revision}` : ""}
                  </span>
                </p>
                {layer.kind === "license-not-recorded" || layer.kind === "version-not-found" || layer.kind === "lineage-not-recorded" ? (
                  <p className="text-rose-700">Every use is unknown on this layer&apos;s account.</p>
                ) : (
                  <ul className="mt-1 grid gap-1 sm:grid-cols-2">
                    {layer.terms.map((term) => (
                      <li key={term.use} className="flex items-start gap-2">
                        <TermStatusBadge status={term.status} />
                        <span>
                          {INTENDED_USE_LABELS[term.use]}
                          {!term.stated && <span className="text-slate-500"> (not stated)</span>}
                          {term.conditions.length > 0 && <span className="text-slate-500"> — {term.conditions.join("; ")}</span>}
                          {term.basis && <span className="block text-xs text-slate-500">{term.basis}</span>}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                {layer.kind === "creator-terms" && layer.terms.length < 7 && (
                  <p className="mt-1 text-xs text-slate-500">Creator terms speak only to the uses listed; the licenses decide the others.</p>
                )}
                {layer.obligations.length > 0 && <p className="mt-1 text-slate-700">Obligations: {layer.obligations.join("; ")}.</p>}
                {layer.passThrough && <p className="mt-1 text-slate-700">Passes on: {layer.passThrough}</p>}
                {layer.text && <p className="mt-1 text-slate-700 italic">{layer.text}</p>}
              </div>
            ))}
          </div>
        </li>
      ))}
    </ol>
  );
}

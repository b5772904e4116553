import type { DecidingLicense } from "@/lib/licensing/deciding-clauses";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import { TermStatusBadge } from "@/components/ui/status-badges";

/** Each licence that decides a use, once (however many versions of the lineage declare it), with its clauses and a link to the text. */
export function DecidingClauses({ licenses }: { licenses: DecidingLicense[] }) {
  if (licenses.length === 0) return null;
  return (
    <div className="text-sm" data-testid="deciding-clauses">
      <h3 className="font-medium">Deciding clauses</h3>
      <ul className="mt-1 space-y-3">
        {licenses.map((license) => (
          <li key={license.licenseVersionId} data-license-key={license.licenseKey}>
            <p>
              {license.url ? (
                <a href={license.url} rel="noreferrer noopener" target="_blank">
                  {license.licenseName}
                </a>
              ) : (
                <span>{license.licenseName}</span>
              )}{" "}
              <span className="text-xs text-slate-500">
                {license.licenseKey} · revision {license.revision} · declared by {license.declaredBy.join(", ")}
              </span>
            </p>
            <ul className="mt-1 space-y-0.5 pl-2">
              {license.clauses.map((clause) => (
                <li key={clause.use} className="flex items-start gap-2">
                  <TermStatusBadge status={clause.status} />
                  <span>
                    <span className="font-medium">{INTENDED_USE_LABELS[clause.use]}</span>
                    {clause.basis ? (
                      <span className="text-slate-700"> — {clause.basis}</span>
                    ) : (
                      <span className="text-slate-500"> — no clause recorded{clause.stated ? "" : " (the licence does not state this use)"}</span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

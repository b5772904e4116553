import { INTENDED_USE_DESCRIPTIONS, INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import type { VersionDetail } from "@/lib/server/catalog/version-detail";
import { TermStatusBadge } from "./term-status-badge";

// Several layers often impose the same status (every UNKNOWN of a merge): the first ones say why.
const SHOWN_SOURCES = 3;

/** The engine's verdict per use, with the layer that decides it and everything that comes with it. */
export function EffectiveTerms({ effective }: { effective: VersionDetail["effective"] }) {
  const errors = effective.violations.filter((violation) => violation.severity === "error");
  const warnings = effective.violations.filter((violation) => violation.severity === "warning");
  return (
    <div className="space-y-4">
      {errors.length > 0 && (
        <div role="alert" className="rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900">
          <p className="font-semibold">Lineage violations: these terms may not be valid at all.</p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((violation) => (
              <li key={violation.message}>{violation.message}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <ul className="list-disc rounded-md bg-amber-50 p-3 pl-8 text-sm text-amber-900">
          {warnings.map((violation) => (
            <li key={violation.message}>{violation.message}</li>
          ))}
        </ul>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Effective terms per intended use</caption>
          <thead className="text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-1 pr-3">Use</th>
              <th scope="col" className="py-1 pr-3">Effective</th>
              <th scope="col" className="py-1 pr-3">Decided by</th>
              <th scope="col" className="py-1">Conditions</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {effective.uses.map((term) => (
              <tr key={term.use} data-use={term.use}>
                <th scope="row" className="py-2 pr-3 font-medium" title={INTENDED_USE_DESCRIPTIONS[term.use]}>
                  {INTENDED_USE_LABELS[term.use]}
                </th>
                <td className="py-2 pr-3">
                  <TermStatusBadge status={term.status} />
                </td>
                <td className="py-2 pr-3 text-slate-700">
                  <ul>
                    {term.decidedBy.slice(0, SHOWN_SOURCES).map((source) => (
                      <li key={source}>{source}</li>
                    ))}
                  </ul>
                  {term.decidedBy.length > SHOWN_SOURCES && (
                    <details>
                      <summary className="cursor-pointer text-indigo-700">and {term.decidedBy.length - SHOWN_SOURCES} more layers</summary>
                      <ul>
                        {term.decidedBy.slice(SHOWN_SOURCES).map((source) => (
                          <li key={source}>{source}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </td>
                <td className="py-2 text-slate-700">
                  {term.conditions.length === 0 ? (
                    <span className="text-slate-400">—</span>
                  ) : (
                    <ul className="list-disc pl-4">
                      {term.conditions.map((condition) => (
                        <li key={condition}>{condition}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourcedList title="Obligations" items={effective.obligations} />
      <SourcedList title="Use restrictions that pass on to derivatives and users" items={effective.passThrough} />
      <SourcedList title="Not stated by the rights holders" items={effective.unknowns} />
    </div>
  );
}

function SourcedList({ title, items }: { title: string; items: { text: string; sources: string[] }[] }) {
  if (items.length === 0) return null;
  return (
    <div className="text-sm">
      <h3 className="font-medium">{title}</h3>
      <ul className="list-disc pl-5 text-slate-700">
        {items.map((item) => (
          <li key={item.text}>
            {item.text} <span className="text-xs text-slate-500">— {item.sources.join("; ")}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

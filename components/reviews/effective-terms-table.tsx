import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { EffectiveTerms } from "@/lib/licensing/effective-terms";
import { describeLayerSource, describeProvenance, describeViolation } from "@/lib/licensing/explain";
import { INTENDED_USE_LABELS, INTENDED_USES, TERM_STATUS_LABELS, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";

const TONES: Record<TermStatus, BadgeTone> = { ALLOWED: "good", CONDITIONAL: "info", FORBIDDEN: "bad", UNKNOWN: "warn" };

/** The effective terms of a version, use by use, with where each status comes from; requested uses first. */
export function EffectiveTermsTable({ terms, requestedUses }: { terms: EffectiveTerms; requestedUses: readonly IntendedUse[] }) {
  const ordered = [...INTENDED_USES].sort((a, b) => Number(requestedUses.includes(b)) - Number(requestedUses.includes(a)));
  return (
    <div className="space-y-3">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Effective terms per use</caption>
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-3">Use</th>
            <th scope="col" className="py-1 pr-3">Status</th>
            <th scope="col" className="py-1">Imposed by, and conditions</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {ordered.map((use) => {
            const term = terms.uses[use];
            const requested = requestedUses.includes(use);
            return (
              <tr key={use} className={requested ? "bg-indigo-50/50" : undefined}>
                <th scope="row" className="py-1.5 pr-3 font-medium">
                  {INTENDED_USE_LABELS[use]}
                  {requested && <span className="ml-1 text-xs font-normal text-indigo-700">requested</span>}
                </th>
                <td className="py-1.5 pr-3">
                  <Badge tone={TONES[term.status]}>{TERM_STATUS_LABELS[term.status]}</Badge>
                </td>
                <td className="py-1.5 text-slate-700">
                  {term.provenance.map(describeProvenance).join("; ")}
                  {term.conditions.length > 0 && <span className="block text-xs text-slate-600">Conditions: {term.conditions.join("; ")}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <SourcedList title="Obligations" entries={terms.obligations} />
      <SourcedList title="Use restrictions to pass on" entries={terms.passThroughRestrictions} />
      {terms.violations.length > 0 && (
        <div>
          <h3 className="text-sm font-medium">Lineage problems</h3>
          <ul className="list-disc pl-5 text-sm text-rose-800">
            {terms.violations.map((violation, index) => (
              <li key={index}>{describeViolation(violation)}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function SourcedList({ title, entries }: { title: string; entries: EffectiveTerms["obligations"] }) {
  if (entries.length === 0) return null;
  return (
    <div>
      <h3 className="text-sm font-medium">{title}</h3>
      <ul className="list-disc pl-5 text-sm text-slate-700">
        {entries.map((entry) => (
          <li key={entry.text}>
            {entry.text} <span className="text-xs text-slate-500">({entry.sources.map(describeLayerSource).join("; ")})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

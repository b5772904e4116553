import { DecidingClauses } from "@/components/license-stack/deciding-clauses";
import { KeyedConditions } from "@/components/license-stack/keyed-conditions";
import { TermStatusBadge } from "@/components/ui/status-badges";
import { DataTable } from "@/components/ui/table";
import type { EffectiveTermsView, EffectiveUseView } from "@/lib/licensing/effective-terms-view";
import { INTENDED_USE_DESCRIPTIONS, INTENDED_USE_LABELS, type IntendedUse } from "@/lib/licensing/vocabulary";

// Several layers often impose the same status (every UNKNOWN of a merge): the first ones say why.
const SHOWN_SOURCES = 3;

/**
 * The engine's verdict per use, with the layer that decides it and everything that comes with it:
 * the one view of effective terms (version page, review page), fed by lib/server/licensing's mapper.
 * With `requestedUses` (a review), those uses come first and are marked.
 */
export function EffectiveTerms({ effective, requestedUses }: { effective: EffectiveTermsView; requestedUses?: readonly IntendedUse[] }) {
  const errors = effective.violations.filter((violation) => violation.severity === "error");
  const warnings = effective.violations.filter((violation) => violation.severity === "warning");
  const requested = (use: IntendedUse) => requestedUses?.includes(use) ?? false;
  const uses = requestedUses ? [...effective.uses].sort((a, b) => Number(requested(b.use)) - Number(requested(a.use))) : effective.uses;
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
      <DataTable
        caption="Effective terms per intended use"
        variant="compact"
        bodyClassName="align-top"
        rows={uses}
        rowKey={(term) => term.use}
        rowProps={(term) => ({ "data-use": term.use, className: requested(term.use) ? "bg-indigo-50/50" : undefined })}
        columns={[
          {
            header: "Use",
            rowHeader: true,
            className: "font-medium",
            cellProps: (term) => ({ title: INTENDED_USE_DESCRIPTIONS[term.use] }),
            cell: (term) => (
              <>
                {INTENDED_USE_LABELS[term.use]}
                {requested(term.use) && <span className="ml-1 text-xs font-normal text-indigo-700">requested</span>}
              </>
            ),
          },
          {
            header: "Effective",
            cell: (term) => (
              <>
                <TermStatusBadge status={term.status} />
                {term.status === "CONDITIONAL" && term.usableWithoutWaiver && term.keyedConditions.length > 0 && (
                  <span className="mt-1 block text-xs text-emerald-800">usable without a waiver</span>
                )}
              </>
            ),
          },
          { header: "Decided by", className: "text-slate-700", cell: (term) => <DecidedBy term={term} /> },
          {
            header: "Conditions",
            className: "text-slate-700",
            cell: (term) => (
              <>
                <Conditions conditions={term.conditions} />
                <KeyedConditions conditions={term.keyedConditions} />
              </>
            ),
          },
        ]}
      />
      <DecidingClauses licenses={effective.decidingClauses} />
      <SourcedList title="Obligations" items={effective.obligations} />
      <SourcedList title="Use restrictions that pass on to derivatives and users" items={effective.passThrough} />
      <SourcedList title="Not stated by the rights holders" items={effective.unknowns} />
    </div>
  );
}

function DecidedBy({ term }: { term: EffectiveUseView }) {
  return (
    <>
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
    </>
  );
}

function Conditions({ conditions }: { conditions: string[] }) {
  if (conditions.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <ul className="list-disc pl-4">
      {conditions.map((condition) => (
        <li key={condition}>{condition}</li>
      ))}
    </ul>
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

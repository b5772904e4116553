import type { KeyedConditionState } from "@/lib/licensing/effective-terms";

/** The organisation conditions of a use: met (with the fact and who recorded it) or open. */
export function KeyedConditions({ conditions }: { conditions: readonly KeyedConditionState[] }) {
  if (conditions.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs" aria-label="Organisation conditions">
      {conditions.map((condition) => (
        <li key={condition.key} data-condition={condition.key} data-met={condition.met ? "true" : "false"}>
          {condition.met && condition.fact ? (
            <span className="text-emerald-800">
              ✓ Met: {condition.label} — {condition.fact.evidenceReference}; recorded by {condition.fact.recordedBy} on {condition.fact.recordedAt.slice(0, 10)}
              , review by {condition.fact.reviewBy.slice(0, 10)}
            </span>
          ) : (
            <span className="text-amber-800">
              Open: {condition.label}
              {condition.fact
                ? ` — the organisation answered “not met” (${condition.fact.evidenceReference})`
                : " — no answer recorded at Organisation conditions"}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

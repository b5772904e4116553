import "server-only";
import type { EffectiveTerms, SourcedText } from "@/lib/licensing/effective-terms";
import type { EffectiveTermsView, SourcedTextView } from "@/lib/licensing/effective-terms-view";
import { decidingClauses, describeDecidingLayers } from "@/lib/licensing/deciding-clauses";
import { describeLayerSource, describeViolation, explainUseTerm } from "@/lib/licensing/explain";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";

/** The one mapper from the engine's output to what the detail page, the review page and the API show. */
export function toEffectiveTermsView(terms: EffectiveTerms): EffectiveTermsView {
  const sourced = (texts: SourcedText[]): SourcedTextView[] => texts.map((text) => ({ text: text.text, sources: text.sources.map(describeLayerSource) }));
  return {
    uses: INTENDED_USES.map((use) => {
      const term = terms.uses[use];
      return {
        use,
        status: term.status,
        conditions: term.conditions,
        decidedBy: describeDecidingLayers(term.provenance),
        explanation: explainUseTerm(term),
        // Snapshots stored before organisation conditions existed have none.
        keyedConditions: term.keyedConditions ?? [],
        usableWithoutWaiver: term.usableWithoutWaiver ?? term.status === "ALLOWED",
      };
    }),
    decidingClauses: decidingClauses(terms),
    obligations: sourced(terms.obligations),
    passThrough: sourced(terms.passThroughRestrictions),
    unknowns: sourced(terms.unknowns),
    violations: terms.violations.map((violation) => ({ code: violation.code, severity: violation.severity, message: describeViolation(violation) })),
  };
}

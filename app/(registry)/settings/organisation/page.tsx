import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { canRecordOrganisationFacts } from "@/lib/policy/capabilities";
import { requirePageAccess, toActor } from "@/lib/server/auth/current-user";
import { defaultFactReviewBy, listOrganisationConditions, type FactRow } from "@/lib/server/organisation/queries";
import { RecordFactForm, WithdrawFactForm } from "./fact-forms";

export const metadata: Metadata = { title: "Organisation conditions" };

const STATE_LABELS: Readonly<Record<FactRow["state"], string>> = {
  current: "current",
  withdrawn: "withdrawn",
  expired: "past its review-by date",
  superseded: "replaced",
};

export default async function OrganisationPage() {
  const user = await requirePageAccess(canRecordOrganisationFacts, "/settings/organisation");
  const conditions = await listOrganisationConditions(toActor(user));
  const defaultReviewBy = defaultFactReviewBy();

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title="Organisation conditions"
        description="Some licence conditions are facts about the organisation, not about one request. Record the answer once; every checkpoint whose licence names the condition shows it as met, with the evidence and who recorded it. A withdrawn answer, or one past its review-by date, re-opens the condition and flags the approvals that relied on it for re-review."
      />
      {conditions.map((condition) => (
        <Panel key={condition.key} id={`condition-${condition.key}`} title={condition.label}>
          <div className="space-y-4 text-sm">
            <p>{condition.question}</p>
            <p className="text-xs text-slate-500">Source: {condition.source}.</p>
            {condition.licenses.length > 0 ? (
              <p className="text-xs text-slate-600">
                Conditions{" "}
                {condition.licenses.map((license, index) => (
                  <span key={license.name}>
                    {index > 0 && "; "}
                    {license.name} ({license.uses.join(", ")})
                  </span>
                ))}
                .
              </p>
            ) : (
              <p className="text-xs text-slate-500">No licence in the catalog names this condition yet.</p>
            )}
            <div data-testid={`current-${condition.key}`} className="rounded-md bg-slate-50 p-3">
              {condition.current ? (
                <div className="space-y-2">
                  <p>
                    <strong>{condition.current.met ? "Met" : "Not met"}</strong> — evidence: {condition.current.evidenceReference}. Recorded by{" "}
                    {condition.current.recordedBy} on {condition.current.recordedAt.slice(0, 10)}; review by {condition.current.reviewBy.slice(0, 10)}.
                  </p>
                  {condition.current.note && <p className="text-slate-600">{condition.current.note}</p>}
                  <WithdrawFactForm factId={condition.current.id} conditionLabel={condition.label} />
                </div>
              ) : (
                <p>
                  Open: no current answer. Uses that depend on it need a waiver or a recorded answer.
                  {condition.history[0]?.state === "withdrawn" &&
                    ` The last answer was withdrawn by ${condition.history[0].withdrawnBy} on ${condition.history[0].withdrawnAt?.slice(0, 10)}: ${condition.history[0].withdrawnReason}`}
                  {condition.history[0]?.state === "expired" && ` The last answer passed its review-by date (${condition.history[0].reviewBy.slice(0, 10)}).`}
                </p>
              )}
            </div>
            <div>
              <h3 className="mb-2 font-medium">{condition.current ? "Record a new answer" : "Record the answer"}</h3>
              <RecordFactForm conditionKey={condition.key} conditionLabel={condition.label} defaultReviewBy={defaultReviewBy} />
            </div>
            {condition.history.length > 0 && (
              <details>
                <summary className="cursor-pointer font-medium">History</summary>
                <ul className="mt-2 space-y-1">
                  {condition.history.map((fact) => (
                    <li key={fact.id}>
                      {fact.met ? "Met" : "Not met"} ({STATE_LABELS[fact.state]}) — {fact.evidenceReference}; recorded by {fact.recordedBy} on{" "}
                      {fact.recordedAt.slice(0, 10)}
                      {fact.withdrawnAt && `; withdrawn by ${fact.withdrawnBy} on ${fact.withdrawnAt.slice(0, 10)}: ${fact.withdrawnReason}`}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        </Panel>
      ))}
    </div>
  );
}

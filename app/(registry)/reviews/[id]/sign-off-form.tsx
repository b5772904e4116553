"use client";

import { useState } from "react";
import { describedBy, FieldError, hintClass, inputClass, labelClass, type FieldErrors } from "@/components/submit/form-feedback";
import { useActionForm } from "@/components/ui/action-form";
import { submittedValue, type ActionResult } from "@/lib/actions/action-result";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/form-fields";
import { INTENDED_USE_LABELS, TERM_STATUS_LABELS, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import { CAPACITY_LABELS, DECISION_LABELS, SIGN_OFF_DECISIONS, type SignOffCapacity, type SignOffDecision } from "@/lib/reviews/review-state";
import { WAIVER_REASON_LABELS, WAIVER_REASONS } from "@/lib/reviews/waiver";
import { signOffAction } from "./actions";

interface Props {
  requestId: string;
  revision: number;
  capacities: SignOffCapacity[];
  /** Requested uses that need a waiver, with their effective status. */
  waiverUses: { use: IntendedUse; status: TermStatus }[];
}

/** The sign-off controls, for the capacities the viewer may sign in only. */
export function SignOffForm({ requestId, revision, capacities, waiverUses }: Props) {
  const { state, dispatch, pending, onSubmit } = useActionForm(signOffAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  // After a refused post without JavaScript the page is rendered afresh: start from what was sent.
  const sent = (field: string) => submittedValue(state, field);
  const [capacity, setCapacity] = useState<SignOffCapacity>(pick(capacities, sent("capacity")) ?? capacities[0]!);
  const [decision, setDecision] = useState<SignOffDecision>(pick(SIGN_OFF_DECISIONS, sent("decision")) ?? "APPROVE");
  const legalApproval = capacity === "LEGAL" && decision === "APPROVE";

  return (
    <form aria-labelledby="sign-off-heading" noValidate className="space-y-4" action={dispatch} onSubmit={onSubmit}>
      <h2 id="sign-off-heading" className="font-semibold">
        Your sign-off
      </h2>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="revision" value={revision} />

      {capacities.length === 1 ? (
        <p className="text-sm">
          You sign as the <strong>{CAPACITY_LABELS[capacity].toLowerCase()} reviewer</strong>.
          <input type="hidden" name="capacity" value={capacity} />
        </p>
      ) : (
        <fieldset>
          <legend className={labelClass}>Sign as</legend>
          <div className="flex gap-4 text-sm">
            {capacities.map((option) => (
              <label key={option} className="flex items-center gap-2">
                <input type="radio" name="capacity" value={option} checked={capacity === option} onChange={() => setCapacity(option)} />
                {CAPACITY_LABELS[option]} reviewer
              </label>
            ))}
          </div>
        </fieldset>
      )}

      <fieldset {...describedBy("decision", errors)}>
        <legend className={labelClass}>Decision</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {SIGN_OFF_DECISIONS.map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input type="radio" name="decision" value={option} checked={decision === option} onChange={() => setDecision(option)} />
              {DECISION_LABELS[option]}
            </label>
          ))}
        </div>
        <FieldError name="decision" errors={errors} />
      </fieldset>

      <div>
        <label htmlFor="comment" className={labelClass}>
          Comment{" "}
          {decision === "APPROVE" ? (
            <span className="font-normal text-slate-500">(optional)</span>
          ) : (
            <span className="font-normal text-rose-700">(required)</span>
          )}
        </label>
        <textarea id="comment" name="comment" rows={3} defaultValue={sent("comment")} className={inputClass} {...describedBy("comment", errors)} />
        <FieldError name="comment" errors={errors} />
      </div>

      {decision === "APPROVE" && (
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="conditions" className={labelClass}>
              Conditions on the approval <span className="font-normal text-slate-500">(one per line, optional)</span>
            </label>
            <textarea
              id="conditions"
              name="conditions"
              rows={3}
              defaultValue={sent("conditions")}
              className={inputClass}
              {...describedBy("conditions", errors)}
            />
            <FieldError name="conditions" errors={errors} />
          </div>
          <div>
            <label htmlFor="reviewBy" className={labelClass}>
              Review by <span className="font-normal text-slate-500">(optional)</span>
            </label>
            <input
              id="reviewBy"
              name="reviewBy"
              type="date"
              defaultValue={sent("reviewBy")}
              className={inputClass}
              {...describedBy("reviewBy", errors, "review-by-hint")}
            />
            <p id="review-by-hint" className={hintClass}>
              The earlier of the two reviewers&apos; dates applies; twelve months when neither sets one.
            </p>
            <FieldError name="reviewBy" errors={errors} />
          </div>
        </div>
      )}

      {legalApproval && (
        <>
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="scopeAllTeams" defaultChecked={sent("scopeAllTeams") !== undefined} />
            Approve for every team, not only the requesting team
          </label>
          <FieldError name="scopeAllTeams" errors={errors} />
          {waiverUses.length > 0 && <WaiverFields waiverUses={waiverUses} errors={errors} state={state} />}
        </>
      )}
      <FieldError name="waivers" errors={errors} />

      <FormMessage state={state} />
      <SubmitButton pending={pending} label="Record sign-off" pendingLabel="Recording…" size="md" />
    </form>
  );
}

function WaiverFields({ waiverUses, errors, state }: { waiverUses: Props["waiverUses"]; errors: FieldErrors; state: ActionResult<unknown> | null }) {
  const sent = (field: string) => submittedValue(state, field);
  const [enabled, setEnabled] = useState<Partial<Record<IntendedUse, boolean>>>(() =>
    Object.fromEntries(waiverUses.map(({ use }) => [use, sent(`waivers.${use}.enabled`) !== undefined])),
  );
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        These requested uses are forbidden or unknown in the effective terms: each can be approved only with a waiver you record here.
      </p>
      {waiverUses.map(({ use, status }) => {
        const prefix = `waivers.${use}`;
        return (
          <fieldset key={use} className="space-y-2 rounded-md border border-amber-300 bg-amber-50/40 p-3" {...describedBy(prefix, errors)}>
            <legend className="px-1 text-sm font-medium">
              {INTENDED_USE_LABELS[use]} — {TERM_STATUS_LABELS[status]}
            </legend>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={`${prefix}.enabled`}
                checked={enabled[use] ?? false}
                onChange={(event) => setEnabled((current) => ({ ...current, [use]: event.target.checked }))}
              />
              Record a waiver for {INTENDED_USE_LABELS[use]}
            </label>
            <FieldError name={prefix} errors={errors} />
            {enabled[use] && (
              <div className="grid gap-3 sm:grid-cols-2">
                <div>
                  <label htmlFor={`${prefix}.reason`} className={labelClass}>
                    Reason
                  </label>
                  <select
                    id={`${prefix}.reason`}
                    name={`${prefix}.reason`}
                    className={inputClass}
                    defaultValue={sent(`${prefix}.reason`) ?? ""}
                    {...describedBy(`${prefix}.reason`, errors)}
                  >
                    <option value="">Choose…</option>
                    {WAIVER_REASONS.map((reason) => (
                      <option key={reason} value={reason}>
                        {WAIVER_REASON_LABELS[reason]}
                      </option>
                    ))}
                  </select>
                  <FieldError name={`${prefix}.reason`} errors={errors} />
                </div>
                <div>
                  <label htmlFor={`${prefix}.reference`} className={labelClass}>
                    Contract or document reference
                  </label>
                  <input
                    id={`${prefix}.reference`}
                    name={`${prefix}.reference`}
                    defaultValue={sent(`${prefix}.reference`)}
                    className={inputClass}
                    {...describedBy(`${prefix}.reference`, errors)}
                  />
                  <FieldError name={`${prefix}.reference`} errors={errors} />
                </div>
                <div>
                  <label htmlFor={`${prefix}.comment`} className={labelClass}>
                    Waiver comment
                  </label>
                  <textarea
                    id={`${prefix}.comment`}
                    name={`${prefix}.comment`}
                    rows={2}
                    defaultValue={sent(`${prefix}.comment`)}
                    className={inputClass}
                    {...describedBy(`${prefix}.comment`, errors)}
                  />
                  <FieldError name={`${prefix}.comment`} errors={errors} />
                </div>
                <div>
                  <label htmlFor={`${prefix}.expiresAt`} className={labelClass}>
                    Waiver expires
                  </label>
                  <input
                    id={`${prefix}.expiresAt`}
                    name={`${prefix}.expiresAt`}
                    type="date"
                    defaultValue={sent(`${prefix}.expiresAt`)}
                    className={inputClass}
                    {...describedBy(`${prefix}.expiresAt`, errors)}
                  />
                  <FieldError name={`${prefix}.expiresAt`} errors={errors} />
                </div>
              </div>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}

/** The sent value if it is one of the options (anything else was not sent by this form). */
function pick<T extends string>(options: readonly T[], value: string | undefined): T | undefined {
  return options.find((option) => option === value);
}

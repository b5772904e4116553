"use client";

import { useState } from "react";
import { kindLabel } from "@/lib/format";
import type { ParentProposal } from "@/lib/reviews/parent-proposal";

interface Props {
  proposal: ParentProposal | null;
  /** The form already holds the proposal's kind and parents (accepted, or entered by hand). */
  applied: boolean;
  onAccept: (proposal: ParentProposal) => void;
}

/**
 * The parent(s) and kind a dropped file suggests, for the submitter to accept with one click or
 * dismiss; nothing reaches the form until they accept. Remount it (key) for each new proposal.
 */
export function ParentProposalPanel({ proposal, applied, onAccept }: Props) {
  const [state, setState] = useState<"open" | "accepted" | "dismissed">("open");
  const parentNames = proposal?.parents.map((parent) => parent.label).join(", ") ?? "";

  return (
    <div aria-live="polite">
      {proposal && state === "accepted" && (
        <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {proposal.parents.length > 0 ? `Parent${proposal.parents.length > 1 ? "s" : ""} ${parentNames} added; kind` : "Kind"} set to{" "}
          {kindLabel(proposal.kind).toLowerCase()}. You can change them below.
        </p>
      )}
      {proposal && state === "open" && !applied && (
        <section aria-labelledby="parent-proposal-heading" className="space-y-2 rounded-md border border-indigo-200 bg-indigo-50 p-3 text-sm text-slate-900">
          <h3 id="parent-proposal-heading" className="font-semibold">
            Suggested from the file
          </h3>
          <p>{proposal.reason}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="font-medium">Kind</dt>
            <dd data-testid="proposed-kind">{kindLabel(proposal.kind)}</dd>
            <dt className="font-medium">{proposal.parents.length > 1 ? "Parents" : "Parent"}</dt>
            <dd data-testid="proposed-parents">{proposal.parents.length > 0 ? parentNames : "none catalogued"}</dd>
          </dl>
          {proposal.caveat && <p className="text-slate-700">{proposal.caveat}</p>}
          <div className="flex flex-wrap items-center gap-3 pt-1">
            <button
              type="button"
              className="rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700"
              onClick={() => {
                onAccept(proposal);
                setState("accepted");
              }}
            >
              {proposal.parents.length === 0 ? "Set the kind" : proposal.parents.length === 1 ? "Use this parent and kind" : "Use these parents and kind"}
            </button>
            <button type="button" className="font-medium text-indigo-800 underline" onClick={() => setState("dismissed")}>
              Dismiss
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

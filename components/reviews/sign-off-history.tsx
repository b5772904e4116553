import { formatDate } from "@/lib/format";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import { CAPACITY_LABELS, type SignOffCapacity, type SignOffDecision } from "@/lib/reviews/review-state";
import { WAIVER_REASON_LABELS, type ProposedWaiver } from "@/lib/reviews/waiver";
import { SignOffDecisionBadge } from "@/components/ui/status-badges";

export interface HistorySignOff {
  id: string;
  round: number;
  capacity: SignOffCapacity;
  decision: SignOffDecision;
  comment: string | null;
  createdAt: Date;
  conditions: string[];
  reviewBy: Date | null;
  scopeAllTeams: boolean;
  waivers: ProposedWaiver[];
  reviewer: { name: string | null; email: string };
}

/** Every sign-off of every round, newest round first: earlier rounds stay visible after a resubmission. */
export function SignOffHistory({ signOffs, currentRound }: { signOffs: readonly HistorySignOff[]; currentRound: number }) {
  if (signOffs.length === 0) return <p className="text-sm text-slate-600">No sign-offs yet.</p>;
  const rounds = [...new Set(signOffs.map((signOff) => signOff.round))].sort((a, b) => b - a);
  return (
    <div className="space-y-4">
      {rounds.map((round) => (
        <div key={round}>
          <h3 className="text-sm font-medium">
            Round {round}
            {round !== currentRound && <span className="font-normal text-slate-500"> (earlier round: these sign-offs no longer count)</span>}
          </h3>
          <ul className="mt-1 space-y-2">
            {signOffs
              .filter((signOff) => signOff.round === round)
              .map((signOff) => (
                <li key={signOff.id} className="rounded-md border border-slate-200 p-2 text-sm" data-testid="sign-off">
                  <div className="flex flex-wrap items-center gap-2">
                    <SignOffDecisionBadge decision={signOff.decision} />
                    <span>
                      {CAPACITY_LABELS[signOff.capacity]} review by {signOff.reviewer.name ?? signOff.reviewer.email}
                    </span>
                    <span className="text-slate-500">{formatDate(signOff.createdAt)}</span>
                  </div>
                  {signOff.comment && <p className="mt-1 whitespace-pre-line text-slate-700">{signOff.comment}</p>}
                  {signOff.conditions.length > 0 && <p className="mt-1 text-slate-700">Conditions: {signOff.conditions.join("; ")}</p>}
                  {signOff.reviewBy && <p className="text-slate-700">Proposed review-by: {formatDate(signOff.reviewBy)}</p>}
                  {signOff.scopeAllTeams && <p className="text-slate-700">Approved for every team.</p>}
                  {signOff.waivers.map((waiver) => (
                    <p key={waiver.use} className="text-slate-700">
                      Waiver for {INTENDED_USE_LABELS[waiver.use]}: {WAIVER_REASON_LABELS[waiver.reason]}
                      {waiver.reference ? `, ref. ${waiver.reference}` : ""}, until {formatDate(waiver.expiresAt)} — {waiver.comment}
                    </p>
                  ))}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

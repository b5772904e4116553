// The review workflow as a pure state machine (DESIGN.md section 2, "Review request" and "Sign-off").
// The data-access layer loads the request and its sign-offs, asks these functions what a step
// leads to, and writes the answer with a guarded update; nothing here touches the database.
//
//   SUBMITTED --APPROVE (one capacity)--> IN_REVIEW --APPROVE (the other capacity)--> APPROVED
//   SUBMITTED | IN_REVIEW --REJECT--> REJECTED            (one REJECT ends the request)
//   SUBMITTED | IN_REVIEW --REQUEST_CHANGES--> CHANGES_REQUESTED --resubmit--> SUBMITTED (round + 1)
//   SUBMITTED | IN_REVIEW | CHANGES_REQUESTED --withdraw (submitter)--> WITHDRAWN
//
// Approval needs one LEGAL and one TECHNICAL APPROVE in the same round, by two different people,
// neither of whom submitted the request. A new round starts empty: earlier sign-offs stay in the
// history but must be given again.

export const REVIEW_STATUSES = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const SIGN_OFF_CAPACITIES = ["LEGAL", "TECHNICAL"] as const;
export type SignOffCapacity = (typeof SIGN_OFF_CAPACITIES)[number];

export const SIGN_OFF_DECISIONS = ["APPROVE", "REQUEST_CHANGES", "REJECT"] as const;
export type SignOffDecision = (typeof SIGN_OFF_DECISIONS)[number];

export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  SUBMITTED: "Submitted",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
};

export const CAPACITY_LABELS: Readonly<Record<SignOffCapacity, string>> = { LEGAL: "Legal", TECHNICAL: "Technical" };

export const DECISION_LABELS: Readonly<Record<SignOffDecision, string>> = {
  APPROVE: "Approve",
  REQUEST_CHANGES: "Request changes",
  REJECT: "Reject",
};

/** Statuses in which reviewers can still sign off. */
export const REVIEWABLE_STATUSES: readonly ReviewStatus[] = ["SUBMITTED", "IN_REVIEW"];
/** Statuses before a decision: the submitter may still withdraw. */
export const OPEN_STATUSES: readonly ReviewStatus[] = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"];

export interface RequestState {
  status: ReviewStatus;
  round: number;
  submitterId: string;
}

export interface RecordedSignOff {
  reviewerId: string;
  capacity: SignOffCapacity;
  decision: SignOffDecision;
  round: number;
}

export interface SignOffAttempt {
  reviewerId: string;
  capacity: SignOffCapacity;
  decision: SignOffDecision;
  comment?: string | null;
}

export type ReviewEventAction = "review.approved" | "review.rejected" | "review.changes_requested";

export type SignOffRefusal = "NOT_REVIEWABLE" | "OWN_REQUEST" | "CAPACITY_ALREADY_SIGNED" | "SAME_REVIEWER_BOTH_CAPACITIES" | "COMMENT_REQUIRED";

export type SignOffOutcome =
  | {
      ok: true;
      nextStatus: ReviewStatus;
      /** True when this sign-off is the second APPROVE: the standing approval is granted with it. */
      completesApproval: boolean;
      /** The transition the sign-off caused; null while the request stays open. */
      transition: ReviewEventAction | null;
    }
  | { ok: false; refusal: SignOffRefusal; reason: string };

export function otherCapacity(capacity: SignOffCapacity): SignOffCapacity {
  return capacity === "LEGAL" ? "TECHNICAL" : "LEGAL";
}

export function isReviewable(status: ReviewStatus): boolean {
  return REVIEWABLE_STATUSES.includes(status);
}

export function isOpen(status: ReviewStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** A comment explains every decision but an approval. */
export function commentRequired(decision: SignOffDecision): boolean {
  return decision !== "APPROVE";
}

/** The sign-offs of the request's current round, by capacity. */
export function currentRound(state: Pick<RequestState, "round">, signOffs: readonly RecordedSignOff[]): Partial<Record<SignOffCapacity, RecordedSignOff>> {
  const result: Partial<Record<SignOffCapacity, RecordedSignOff>> = {};
  for (const signOff of signOffs) if (signOff.round === state.round) result[signOff.capacity] = signOff;
  return result;
}

/** The capacities whose sign-off the request still waits for (empty once it has left review). */
export function waitingOn(state: RequestState, signOffs: readonly RecordedSignOff[]): SignOffCapacity[] {
  if (!isReviewable(state.status)) return [];
  const round = currentRound(state, signOffs);
  return SIGN_OFF_CAPACITIES.filter((capacity) => !round[capacity]);
}

/** What a sign-off does to the request, or why it is refused. Role checks live in lib/policy. */
export function decideSignOff(state: RequestState, signOffs: readonly RecordedSignOff[], attempt: SignOffAttempt): SignOffOutcome {
  if (!isReviewable(state.status)) {
    return refuse("NOT_REVIEWABLE", `This request is ${REVIEW_STATUS_LABELS[state.status].toLowerCase()}: it is not waiting for a sign-off.`);
  }
  if (attempt.reviewerId === state.submitterId) {
    return refuse("OWN_REQUEST", "You cannot sign off on a request you submitted (separation of duties).");
  }
  const round = currentRound(state, signOffs);
  if (round[attempt.capacity]) {
    return refuse("CAPACITY_ALREADY_SIGNED", `The ${CAPACITY_LABELS[attempt.capacity].toLowerCase()} sign-off of this round has already been given.`);
  }
  const other = round[otherCapacity(attempt.capacity)];
  if (other && other.reviewerId === attempt.reviewerId) {
    return refuse("SAME_REVIEWER_BOTH_CAPACITIES", "You already signed this round in the other capacity: approval needs two different people.");
  }
  if (commentRequired(attempt.decision) && !attempt.comment?.trim()) {
    return refuse("COMMENT_REQUIRED", `Say why: a comment is required to ${DECISION_LABELS[attempt.decision].toLowerCase()}.`);
  }

  switch (attempt.decision) {
    case "REJECT":
      return { ok: true, nextStatus: "REJECTED", completesApproval: false, transition: "review.rejected" };
    case "REQUEST_CHANGES":
      return { ok: true, nextStatus: "CHANGES_REQUESTED", completesApproval: false, transition: "review.changes_requested" };
    case "APPROVE":
      // In a reviewable status the other capacity's sign-off, if any, can only be an APPROVE:
      // any other decision would have moved the request out of review.
      return other?.decision === "APPROVE"
        ? { ok: true, nextStatus: "APPROVED", completesApproval: true, transition: "review.approved" }
        : { ok: true, nextStatus: "IN_REVIEW", completesApproval: false, transition: null };
  }
}

export type SubmitterStepOutcome = { ok: true; nextStatus: ReviewStatus; nextRound: number } | { ok: false; reason: string };

export function decideResubmit(state: RequestState, actorId: string): SubmitterStepOutcome {
  if (actorId !== state.submitterId) return { ok: false, reason: "Only the submitter can resubmit a request." };
  if (state.status !== "CHANGES_REQUESTED") return { ok: false, reason: "Only a request returned for changes can be resubmitted." };
  return { ok: true, nextStatus: "SUBMITTED", nextRound: state.round + 1 };
}

export function decideWithdraw(state: RequestState, actorId: string): SubmitterStepOutcome {
  if (actorId !== state.submitterId) return { ok: false, reason: "Only the submitter can withdraw a request." };
  if (!isOpen(state.status)) return { ok: false, reason: "This request has already been decided." };
  return { ok: true, nextStatus: "WITHDRAWN", nextRound: state.round };
}

function refuse(refusal: SignOffRefusal, reason: string): SignOffOutcome {
  return { ok: false, refusal, reason };
}

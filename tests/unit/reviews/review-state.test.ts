import { describe, expect, it } from "vitest";
import {
  decideResubmit,
  decideSignOff,
  decideWithdraw,
  REVIEW_STATUSES,
  waitingOn,
  type RecordedSignOff,
  type RequestState,
  type SignOffAttempt,
} from "@/lib/reviews/review-state";

const SUBMITTER = "submitter";
const state = (status: RequestState["status"], round = 1): RequestState => ({ status, round, submitterId: SUBMITTER });
const signed = (capacity: RecordedSignOff["capacity"], reviewerId: string, decision: RecordedSignOff["decision"] = "APPROVE", round = 1): RecordedSignOff => ({
  capacity,
  reviewerId,
  decision,
  round,
});
const attempt = (
  capacity: SignOffAttempt["capacity"],
  reviewerId: string,
  decision: SignOffAttempt["decision"] = "APPROVE",
  comment: string | null = null,
): SignOffAttempt => ({
  capacity,
  reviewerId,
  decision,
  comment,
});

type Row = [string, RequestState, RecordedSignOff[], SignOffAttempt, string];

// One row per rule: the expected outcome is "STATUS" (+ "final" when it grants), or the refusal code.
const ROWS: Row[] = [
  ["first legal approval moves to in review", state("SUBMITTED"), [], attempt("LEGAL", "lena"), "IN_REVIEW"],
  ["first technical approval moves to in review", state("SUBMITTED"), [], attempt("TECHNICAL", "tariq"), "IN_REVIEW"],
  ["technical after legal approval grants", state("IN_REVIEW"), [signed("LEGAL", "lena")], attempt("TECHNICAL", "tariq"), "APPROVED final"],
  ["legal after technical approval grants", state("IN_REVIEW"), [signed("TECHNICAL", "tariq")], attempt("LEGAL", "lena"), "APPROVED final"],
  ["a reject ends the request at once", state("SUBMITTED"), [], attempt("LEGAL", "lena", "REJECT", "no"), "REJECTED"],
  ["a reject after the other approval still ends it", state("IN_REVIEW"), [signed("LEGAL", "lena")], attempt("TECHNICAL", "tariq", "REJECT", "no"), "REJECTED"],
  ["request changes returns it to the submitter", state("SUBMITTED"), [], attempt("TECHNICAL", "tariq", "REQUEST_CHANGES", "fix"), "CHANGES_REQUESTED"],
  [
    "request changes after an approval",
    state("IN_REVIEW"),
    [signed("TECHNICAL", "tariq")],
    attempt("LEGAL", "lena", "REQUEST_CHANGES", "fix"),
    "CHANGES_REQUESTED",
  ],
  ["the submitter cannot sign", state("SUBMITTED"), [], attempt("LEGAL", SUBMITTER), "OWN_REQUEST"],
  ["the submitter cannot give the final sign-off either", state("IN_REVIEW"), [signed("LEGAL", "lena")], attempt("TECHNICAL", SUBMITTER), "OWN_REQUEST"],
  ["one person cannot give both capacities", state("IN_REVIEW"), [signed("LEGAL", "both")], attempt("TECHNICAL", "both"), "SAME_REVIEWER_BOTH_CAPACITIES"],
  ["a capacity signs once per round", state("IN_REVIEW"), [signed("LEGAL", "lena")], attempt("LEGAL", "lara"), "CAPACITY_ALREADY_SIGNED"],
  ["a previous round's sign-off does not count", state("SUBMITTED", 2), [signed("LEGAL", "lena", "APPROVE", 1)], attempt("TECHNICAL", "tariq"), "IN_REVIEW"],
  [
    "a previous round's sign-off does not block its capacity",
    state("SUBMITTED", 2),
    [signed("LEGAL", "lena", "REQUEST_CHANGES", 1)],
    attempt("LEGAL", "lena"),
    "IN_REVIEW",
  ],
  [
    "a previous round's reviewer may sign the other capacity now",
    state("SUBMITTED", 2),
    [signed("LEGAL", "both", "APPROVE", 1)],
    attempt("TECHNICAL", "both"),
    "IN_REVIEW",
  ],
  ["reject needs a comment", state("SUBMITTED"), [], attempt("LEGAL", "lena", "REJECT", "  "), "COMMENT_REQUIRED"],
  ["request changes needs a comment", state("SUBMITTED"), [], attempt("LEGAL", "lena", "REQUEST_CHANGES", null), "COMMENT_REQUIRED"],
  ["approve needs no comment", state("SUBMITTED"), [], attempt("LEGAL", "lena", "APPROVE", null), "IN_REVIEW"],
  ["no sign-off once changes are requested", state("CHANGES_REQUESTED"), [], attempt("LEGAL", "lena"), "NOT_REVIEWABLE"],
  ["no sign-off once approved", state("APPROVED"), [signed("LEGAL", "lena"), signed("TECHNICAL", "tariq")], attempt("LEGAL", "lara"), "NOT_REVIEWABLE"],
  ["no sign-off once rejected", state("REJECTED"), [], attempt("TECHNICAL", "tariq"), "NOT_REVIEWABLE"],
  ["no sign-off once withdrawn", state("WITHDRAWN"), [], attempt("TECHNICAL", "tariq"), "NOT_REVIEWABLE"],
];

describe("decideSignOff", () => {
  it.each(ROWS)("%s", (_name, request, signOffs, step, expected) => {
    const outcome = decideSignOff(request, signOffs, step);
    const actual = outcome.ok ? `${outcome.nextStatus}${outcome.completesApproval ? " final" : ""}` : outcome.refusal;
    expect(actual).toBe(expected);
  });

  it("names the audit event of each transition", () => {
    const event = (request: RequestState, signOffs: RecordedSignOff[], step: SignOffAttempt) => {
      const outcome = decideSignOff(request, signOffs, step);
      return outcome.ok ? outcome.transition : "refused";
    };
    expect(event(state("SUBMITTED"), [], attempt("LEGAL", "lena"))).toBeNull();
    expect(event(state("IN_REVIEW"), [signed("LEGAL", "lena")], attempt("TECHNICAL", "tariq"))).toBe("review.approved");
    expect(event(state("SUBMITTED"), [], attempt("LEGAL", "lena", "REJECT", "x"))).toBe("review.rejected");
    expect(event(state("SUBMITTED"), [], attempt("LEGAL", "lena", "REQUEST_CHANGES", "x"))).toBe("review.changes_requested");
  });
});

describe("submitter steps", () => {
  it.each(REVIEW_STATUSES.map((status) => [status, status === "CHANGES_REQUESTED"] as const))("resubmit from %s allowed: %s", (status, allowed) => {
    const outcome = decideResubmit(state(status, 3), SUBMITTER);
    expect(outcome.ok).toBe(allowed);
    if (outcome.ok) expect(outcome).toMatchObject({ nextStatus: "SUBMITTED", nextRound: 4 });
  });

  it.each(REVIEW_STATUSES.map((status) => [status, ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"].includes(status)] as const))(
    "withdraw from %s allowed: %s",
    (status, allowed) => {
      expect(decideWithdraw(state(status), SUBMITTER).ok).toBe(allowed);
    },
  );

  it("only the submitter resubmits or withdraws", () => {
    expect(decideResubmit(state("CHANGES_REQUESTED"), "someone").ok).toBe(false);
    expect(decideWithdraw(state("SUBMITTED"), "someone").ok).toBe(false);
  });
});

describe("waitingOn", () => {
  it.each<[string, RequestState, RecordedSignOff[], string[]]>([
    ["a fresh request waits on both", state("SUBMITTED"), [], ["LEGAL", "TECHNICAL"]],
    ["after legal, on technical", state("IN_REVIEW"), [signed("LEGAL", "lena")], ["TECHNICAL"]],
    ["a new round waits on both again", state("SUBMITTED", 2), [signed("LEGAL", "lena", "APPROVE", 1)], ["LEGAL", "TECHNICAL"]],
    ["a decided request waits on nobody", state("REJECTED"), [], []],
    ["changes requested waits on the submitter, not reviewers", state("CHANGES_REQUESTED"), [], []],
  ])("%s", (_name, request, signOffs, expected) => {
    expect(waitingOn(request, signOffs)).toEqual(expected);
  });
});

import { describe, expect, it } from "vitest";
import { approvalStatesByUse, approvalValidUntil, catalogStatusAt, summarizeApprovals, type ApprovalFacts } from "@/lib/catalog/approval-summary";

const now = new Date("2026-06-01T00:00:00Z");
const days = (count: number) => new Date(now.getTime() + count * 86_400_000);

function approval(overrides: Partial<ApprovalFacts>): ApprovalFacts {
  return { id: "a1", status: "ACTIVE", teamId: null, reviewBy: days(30), uses: ["RESEARCH"], waivers: [], ...overrides };
}

describe("approvalValidUntil", () => {
  it("is the review-by date, or an earlier waiver expiry", () => {
    expect(approvalValidUntil(approval({}))).toEqual(days(30));
    expect(approvalValidUntil(approval({ waivers: [{ use: "RESEARCH", expiresAt: days(10) }] }))).toEqual(days(10));
    expect(approvalValidUntil(approval({ waivers: [{ use: "RESEARCH", expiresAt: days(90) }] }))).toEqual(days(30));
  });
});

describe("summarizeApprovals and catalogStatusAt", () => {
  it.each([
    ["nothing at all", [], [], "NOT_REVIEWED"],
    ["an active approval", [approval({})], [], "APPROVED"],
    ["an active approval past its review-by date", [approval({ reviewBy: days(-1) })], [], "EXPIRED"],
    ["an active approval whose waiver expired", [approval({ waivers: [{ use: "RESEARCH", expiresAt: days(-1) }] })], [], "EXPIRED"],
    ["one flagged for re-review", [approval({ status: "NEEDS_REVIEW" })], [], "NEEDS_REVIEW"],
    ["one flagged for re-review, since lapsed", [approval({ status: "NEEDS_REVIEW", reviewBy: days(-2) })], [], "EXPIRED"],
    ["an expired one and an active one", [approval({ status: "EXPIRED" }), approval({ id: "a2" })], [], "APPROVED"],
    ["a revoked one", [approval({ status: "REVOKED" })], [], "REVOKED"],
    ["a revoked one and an open request", [approval({ status: "REVOKED" })], ["SUBMITTED"], "IN_REVIEW"],
    ["a request returned for changes", [], ["CHANGES_REQUESTED", "REJECTED"], "CHANGES_REQUESTED"],
    ["a rejected request", [], ["REJECTED", "WITHDRAWN"], "REJECTED"],
    ["an expired approval and a rejected request", [approval({ status: "EXPIRED" })], ["REJECTED"], "EXPIRED"],
  ] as const)("%s reads %s", (_what, approvals, requests, expected) => {
    expect(catalogStatusAt(summarizeApprovals(approvals, requests), now)).toBe(expected);
  });

  it("keeps one row per approved use with its validity, team and waiver", () => {
    const summary = summarizeApprovals(
      [approval({ teamId: "t1", uses: ["RESEARCH", "INTERNAL_EXPLORATION"], waivers: [{ use: "INTERNAL_EXPLORATION", expiresAt: days(5) }] })],
      [],
    );
    expect(summary.useRows).toEqual([
      { approvalId: "a1", use: "RESEARCH", teamId: "t1", status: "ACTIVE", validUntil: days(5), waived: false },
      { approvalId: "a1", use: "INTERNAL_EXPLORATION", teamId: "t1", status: "ACTIVE", validUntil: days(5), waived: true },
    ]);
    expect(summary.activeUntil).toEqual(days(5));
  });
});

describe("approvedUses", () => {
  it("lists the uses approved now, for any team and per scope, until the first of them lapses", () => {
    const summary = summarizeApprovals(
      [
        approval({ id: "all", uses: ["RESEARCH"], reviewBy: days(40) }),
        approval({ id: "team", teamId: "t1", uses: ["COMMERCIAL_OUTPUTS"], waivers: [{ use: "COMMERCIAL_OUTPUTS", expiresAt: days(5) }] }),
        approval({ id: "lapsed", uses: ["HOSTED_SERVICE"], reviewBy: days(-1) }),
        approval({ id: "flagged", status: "NEEDS_REVIEW", uses: ["DERIVATIVES"] }),
      ],
      [],
      now,
    );
    expect(summary.approvedUses).toEqual(["COMMERCIAL_OUTPUTS", "COMMERCIAL_OUTPUTS@t1", "RESEARCH", "RESEARCH@*"]);
    expect(summary.approvedUntil).toEqual(days(5));
  });
});

describe("approvalStatesByUse", () => {
  const row = (overrides: object) => ({
    use: "COMMERCIAL_OUTPUTS" as const,
    teamId: null,
    status: "ACTIVE" as const,
    validUntil: days(10),
    waived: false,
    ...overrides,
  });

  it("shows the best standing per use: approved, then with waiver, then needs review, then expired", () => {
    expect(approvalStatesByUse([row({ status: "EXPIRED" }), row({ waived: true })], now)).toEqual({ COMMERCIAL_OUTPUTS: "APPROVED_WITH_WAIVER" });
    expect(approvalStatesByUse([row({ status: "NEEDS_REVIEW" }), row({ validUntil: days(-1) })], now)).toEqual({ COMMERCIAL_OUTPUTS: "NEEDS_REVIEW" });
    expect(approvalStatesByUse([row({ validUntil: days(-1) })], now)).toEqual({ COMMERCIAL_OUTPUTS: "EXPIRED" });
    expect(approvalStatesByUse([row({ status: "REVOKED" })], now)).toEqual({});
  });

  it("with a team, counts only that team's approvals and those for every team", () => {
    const rows = [row({ teamId: "other" }), row({ use: "RESEARCH", teamId: null })];
    expect(approvalStatesByUse(rows, now, "mine")).toEqual({ RESEARCH: "APPROVED" });
    expect(approvalStatesByUse(rows, now)).toEqual({ COMMERCIAL_OUTPUTS: "APPROVED", RESEARCH: "APPROVED" });
  });
});

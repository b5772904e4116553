import { describe, expect, it } from "vitest";
import { addMonths, combineApprovalProposals, type ApproverProposal } from "@/lib/reviews/approval-proposal";

const none: ApproverProposal = { conditions: [], reviewBy: null, scopeAllTeams: false, waivers: [] };
const now = new Date("2026-03-15T10:00:00.000Z");
const context = { teamId: "team-1", now };
const waiver = {
  use: "COMMERCIAL_OUTPUTS" as const,
  reason: "LICENSE_ACQUIRED" as const,
  reference: "C-1",
  comment: "Bought.",
  expiresAt: "2027-01-01T00:00:00.000Z",
};

describe("combineApprovalProposals", () => {
  it("unions the conditions of both reviewers, once each", () => {
    const combined = combineApprovalProposals(
      { ...none, conditions: ["Credit the studio", "Internal only"] },
      { ...none, conditions: ["internal only ", "No faces of real people"] },
      context,
    );
    expect(combined.conditions).toEqual(["Credit the studio", "Internal only", "No faces of real people"]);
  });

  it.each<[string, Date | null, Date | null, string]>([
    ["neither proposes a date: twelve months", null, null, "2027-03-15"],
    ["only legal proposes", new Date("2026-09-01T00:00:00Z"), null, "2026-09-01"],
    ["only technical proposes", null, new Date("2026-08-01T00:00:00Z"), "2026-08-01"],
    ["both propose: the earlier wins", new Date("2026-12-01T00:00:00Z"), new Date("2026-06-01T00:00:00Z"), "2026-06-01"],
  ])("%s", (_name, legal, technical, expected) => {
    const combined = combineApprovalProposals({ ...none, reviewBy: legal }, { ...none, reviewBy: technical }, context);
    expect(combined.reviewBy.toISOString().slice(0, 10)).toBe(expected);
  });

  it("keeps the request's team unless the legal reviewer chose every team; the technical reviewer's choice does not count", () => {
    expect(combineApprovalProposals(none, none, context).teamId).toBe("team-1");
    expect(combineApprovalProposals({ ...none, scopeAllTeams: true }, none, context).teamId).toBeNull();
    expect(combineApprovalProposals(none, { ...none, scopeAllTeams: true }, context).teamId).toBe("team-1");
  });

  it("takes the waivers from the legal sign-off only", () => {
    expect(combineApprovalProposals({ ...none, waivers: [waiver] }, none, context).waivers).toEqual([waiver]);
    expect(combineApprovalProposals(none, { ...none, waivers: [waiver] }, context).waivers).toEqual([]);
  });
});

describe("addMonths", () => {
  it.each([
    ["2026-01-31T00:00:00.000Z", 1, "2026-02-28T00:00:00.000Z"],
    ["2028-01-31T00:00:00.000Z", 1, "2028-02-29T00:00:00.000Z"],
    ["2026-03-15T10:00:00.000Z", 12, "2027-03-15T10:00:00.000Z"],
    ["2026-12-31T00:00:00.000Z", 2, "2027-02-28T00:00:00.000Z"],
  ])("%s + %d months = %s", (from, months, expected) => {
    expect(addMonths(new Date(from), months).toISOString()).toBe(expected);
  });
});

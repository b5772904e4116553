import { describe, expect, it } from "vitest";
import { approvalForViewer } from "@/lib/approvals/approval-visibility";
import { canReadApproval, canReadApprovalRationale, type Actor } from "@/lib/policy/capabilities";

const person = (roles: Actor["roles"], teamIds: string[] = []): Actor => ({ id: "u", email: "u@example.test", active: true, roles, teamIds });

// DESIGN.md §2, "Visibility of a team-scoped approval".
const readers: [string, Actor | null, string | null, { approval: boolean; rationale: boolean }][] = [
  ["anyone signed in, for an every-team approval", person([]), null, { approval: true, rationale: true }],
  ["a member of the approval's team", person([], ["team-a"]), "team-a", { approval: true, rationale: true }],
  ["a member of another team", person([], ["team-b"]), "team-a", { approval: true, rationale: false }],
  ["a member of no team", person([]), "team-a", { approval: true, rationale: false }],
  ["a legal reviewer of no team", person(["LEGAL_REVIEWER"]), "team-a", { approval: true, rationale: true }],
  ["a technical reviewer of no team", person(["TECH_REVIEWER"]), "team-a", { approval: true, rationale: true }],
  ["an auditor", person(["AUDITOR"]), "team-a", { approval: true, rationale: true }],
  ["an admin", person(["ADMIN"]), "team-a", { approval: true, rationale: true }],
  ["nobody signed in", null, null, { approval: false, rationale: false }],
  ["a deactivated user", { ...person([], ["team-a"]), active: false }, "team-a", { approval: false, rationale: false }],
];

describe("canReadApproval (existence, team, uses, conditions, notice)", () => {
  it.each(readers)("%s", (_name, actor, teamId, expected) => {
    expect(canReadApproval(actor, { teamId }).allowed).toBe(expected.approval);
  });
});

describe("canReadApprovalRationale (waiver references and comments, sign-off comments)", () => {
  it.each(readers)("%s", (_name, actor, teamId, expected) => {
    expect(canReadApprovalRationale(actor, { teamId }).allowed).toBe(expected.rationale);
  });
});

describe("approvalForViewer", () => {
  const approval = {
    team: { id: "team-a" },
    uses: ["COMMERCIAL_OUTPUTS"],
    conditions: ["Credit the studio"],
    waivers: [
      { use: "COMMERCIAL_OUTPUTS", reason: "LICENSE_ACQUIRED", reference: "C-2026-042", comment: "Bought the licence.", expiresAt: new Date("2027-01-01") },
    ],
    notice: "full notice, reference C-2026-042",
    publicNotice: "public notice",
  };

  it("gives the team everything, with the full notice", () => {
    const view = approvalForViewer(approval, person([], ["team-a"]));
    expect(view).toMatchObject({ rationaleWithheld: false, notice: "full notice, reference C-2026-042", waivers: approval.waivers });
    expect(view).not.toHaveProperty("publicNotice");
  });

  it("gives another team the approval, its uses, conditions and waiver reasons, without references, comments or the full notice", () => {
    const view = approvalForViewer(approval, person([], ["team-b"]));
    expect(view).toMatchObject({
      rationaleWithheld: true,
      team: { id: "team-a" },
      uses: ["COMMERCIAL_OUTPUTS"],
      conditions: ["Credit the studio"],
      notice: "public notice",
    });
    expect(view.waivers).toEqual([
      { use: "COMMERCIAL_OUTPUTS", reason: "LICENSE_ACQUIRED", reference: null, comment: null, expiresAt: new Date("2027-01-01") },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/C-2026-042|Bought the licence/);
  });
});

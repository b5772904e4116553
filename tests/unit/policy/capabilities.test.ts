import { describe, expect, it } from "vitest";
import * as policy from "@/lib/policy/capabilities";
import { ORG_ROLES, type Actor, type Decision, type ReviewRequestFacts } from "@/lib/policy/capabilities";

// Every capability, for every kind of caller, allowed or refused exactly as this table says.
// A new capability in lib/policy/capabilities.ts fails the completeness test until it has rows here.

const TEAM_A = "team-a";
const TEAM_B = "team-b";

const CALLERS = {
  anonymous: null,
  // Every role and a team: anything refused to this caller is refused for being deactivated.
  deactivated: { id: "deactivated", email: "deactivated@example.test", active: false, roles: [...ORG_ROLES], teamIds: [TEAM_A] },
  member: { id: "member", email: "member@example.test", active: true, roles: [], teamIds: [TEAM_A] },
  otherTeamMember: { id: "other-team-member", email: "other-team-member@example.test", active: true, roles: [], teamIds: [TEAM_B] },
  noTeam: { id: "no-team", email: "no-team@example.test", active: true, roles: [], teamIds: [] },
  legalReviewer: { id: "legal", email: "legal@example.test", active: true, roles: ["LEGAL_REVIEWER"], teamIds: [] },
  techReviewer: { id: "tech", email: "tech@example.test", active: true, roles: ["TECH_REVIEWER"], teamIds: [] },
  auditor: { id: "auditor", email: "auditor@example.test", active: true, roles: ["AUDITOR"], teamIds: [] },
  admin: { id: "admin", email: "admin@example.test", active: true, roles: ["ADMIN"], teamIds: [] },
} satisfies Record<string, Actor | null>;
type Caller = keyof typeof CALLERS;
const ALL_CALLERS = Object.keys(CALLERS) as Caller[];

/** A request the member submitted for team A. */
const request = (status: string, submitterId = CALLERS.member.id): ReviewRequestFacts => ({ submitterId, teamId: TEAM_A, status });

interface Row {
  capability: string;
  scenario: string;
  check: (actor: Actor | null) => Decision;
  allowed: readonly Caller[];
}

const SIGNED_IN = ALL_CALLERS.filter((caller) => caller !== "anonymous" && caller !== "deactivated");

const ROWS: Row[] = [
  { capability: "canBrowse", scenario: "the catalog", check: (a) => policy.canBrowse(a), allowed: SIGNED_IN },
  { capability: "canCheckImages", scenario: "with no team named", check: (a) => policy.canCheckImages(a), allowed: SIGNED_IN },
  { capability: "canCheckImages", scenario: "for team A", check: (a) => policy.canCheckImages(a, TEAM_A), allowed: ["member"] },
  { capability: "canRelyOnTeamApprovals", scenario: "approvals for every team", check: (a) => policy.canRelyOnTeamApprovals(a, null), allowed: SIGNED_IN },
  { capability: "canRelyOnTeamApprovals", scenario: "team A's approvals", check: (a) => policy.canRelyOnTeamApprovals(a, TEAM_A), allowed: ["member"] },
  { capability: "canSubmit", scenario: "at all (needs a team)", check: (a) => policy.canSubmit(a), allowed: ["member", "otherTeamMember"] },
  { capability: "canSubmitForTeam", scenario: "for team A", check: (a) => policy.canSubmitForTeam(a, TEAM_A), allowed: ["member"] },
  { capability: "canSubmitForTeam", scenario: "for team B", check: (a) => policy.canSubmitForTeam(a, TEAM_B), allowed: ["otherTeamMember"] },
  { capability: "canWithdraw", scenario: "the member's open request", check: (a) => policy.canWithdraw(a, request("IN_REVIEW")), allowed: ["member"] },
  { capability: "canWithdraw", scenario: "the member's decided request", check: (a) => policy.canWithdraw(a, request("APPROVED")), allowed: [] },
  {
    capability: "canResubmit",
    scenario: "the member's request returned for changes",
    check: (a) => policy.canResubmit(a, request("CHANGES_REQUESTED")),
    allowed: ["member"],
  },
  { capability: "canResubmit", scenario: "the member's request in review", check: (a) => policy.canResubmit(a, request("IN_REVIEW")), allowed: [] },
  {
    capability: "canSignOffAsLegal",
    scenario: "the member's request",
    check: (a) => policy.canSignOffAsLegal(a, request("IN_REVIEW")),
    allowed: ["legalReviewer"],
  },
  {
    capability: "canSignOffAsLegal",
    scenario: "a request the legal reviewer submitted (separation of duties)",
    check: (a) => policy.canSignOffAsLegal(a, request("IN_REVIEW", CALLERS.legalReviewer.id)),
    allowed: [],
  },
  {
    capability: "canSignOffAsTechnical",
    scenario: "the member's request",
    check: (a) => policy.canSignOffAsTechnical(a, request("IN_REVIEW")),
    allowed: ["techReviewer"],
  },
  {
    capability: "canSignOffAsTechnical",
    scenario: "a request the technical reviewer submitted (separation of duties)",
    check: (a) => policy.canSignOffAsTechnical(a, request("IN_REVIEW", CALLERS.techReviewer.id)),
    allowed: [],
  },
  {
    capability: "canReadReviewQueue",
    scenario: "the queue",
    check: (a) => policy.canReadReviewQueue(a),
    allowed: ["legalReviewer", "techReviewer", "admin"],
  },
  {
    capability: "canReadReviewRequest",
    scenario: "a team A request",
    check: (a) => policy.canReadReviewRequest(a, request("IN_REVIEW")),
    allowed: ["member", "legalReviewer", "techReviewer", "auditor", "admin"],
  },
  { capability: "canReadApproval", scenario: "an approval scoped to team A", check: (a) => policy.canReadApproval(a, { teamId: TEAM_A }), allowed: SIGNED_IN },
  { capability: "canReadApproval", scenario: "an approval for every team", check: (a) => policy.canReadApproval(a, { teamId: null }), allowed: SIGNED_IN },
  {
    capability: "canReadApprovalRationale",
    scenario: "an approval scoped to team A",
    check: (a) => policy.canReadApprovalRationale(a, { teamId: TEAM_A }),
    allowed: ["member", "legalReviewer", "techReviewer", "auditor", "admin"],
  },
  {
    capability: "canReadApprovalRationale",
    scenario: "an approval for every team",
    check: (a) => policy.canReadApprovalRationale(a, { teamId: null }),
    allowed: SIGNED_IN,
  },
  { capability: "canRevokeApproval", scenario: "any approval", check: (a) => policy.canRevokeApproval(a), allowed: ["legalReviewer", "admin"] },
  {
    capability: "canRecordOrganisationFacts",
    scenario: "the organisation's answers to licence conditions",
    check: (a) => policy.canRecordOrganisationFacts(a),
    allowed: ["legalReviewer", "admin"],
  },
  { capability: "canManageCatalog", scenario: "checkpoints and licenses", check: (a) => policy.canManageCatalog(a), allowed: ["admin"] },
  { capability: "canManageUsers", scenario: "users, teams and roles", check: (a) => policy.canManageUsers(a), allowed: ["admin"] },
  { capability: "canManageWebhooks", scenario: "webhook endpoints and deliveries", check: (a) => policy.canManageWebhooks(a), allowed: ["admin"] },
  { capability: "canReadAudit", scenario: "the audit trail", check: (a) => policy.canReadAudit(a), allowed: ["auditor", "admin"] },
  { capability: "canReadOverview", scenario: "the catalogue's overview", check: (a) => policy.canReadOverview(a), allowed: SIGNED_IN },
  {
    capability: "canReadProcessOverview",
    scenario: "the review backlog and expiring approvals",
    check: (a) => policy.canReadProcessOverview(a),
    allowed: ["legalReviewer", "techReviewer", "auditor", "admin"],
  },
  { capability: "canExportAudit", scenario: "the audit trail", check: (a) => policy.canExportAudit(a), allowed: ["auditor", "admin"] },
  { capability: "canManageTokens", scenario: "their own tokens (no owner given)", check: (a) => policy.canManageTokens(a), allowed: SIGNED_IN },
  { capability: "canManageTokens", scenario: "their own tokens", check: (a) => policy.canManageTokens(a, a?.id), allowed: SIGNED_IN },
  {
    capability: "canManageTokens",
    scenario: "the member's tokens",
    check: (a) => policy.canManageTokens(a, CALLERS.member.id),
    allowed: ["member", "admin"],
  },
];

describe("policy: every capability × every caller", () => {
  for (const row of ROWS) {
    describe(`${row.capability}: ${row.scenario}`, () => {
      it.each(ALL_CALLERS)(`%s`, (caller) => {
        const decision = row.check(CALLERS[caller]);
        expect(decision.allowed, `${row.capability} (${row.scenario}) for ${caller}`).toBe(row.allowed.includes(caller));
        if (!decision.allowed) expect(decision.reason.trim().length).toBeGreaterThan(10);
      });
    });
  }
});

describe("policy table completeness", () => {
  it("has rows for every capability the policy module exports", () => {
    const exported = Object.entries(policy)
      .filter(([name, value]) => typeof value === "function" && /^can[A-Z]/.test(name))
      .map(([name]) => name)
      .sort();
    const covered = [...new Set(ROWS.map((row) => row.capability))].sort();
    expect(covered).toEqual(exported);
  });

  it("refuses anonymous and deactivated callers with a request to sign in", () => {
    for (const row of ROWS) {
      for (const caller of ["anonymous", "deactivated"] as const) {
        const decision = row.check(CALLERS[caller]);
        expect(decision).toEqual({ allowed: false, reason: "Sign in to continue." });
      }
    }
  });
});

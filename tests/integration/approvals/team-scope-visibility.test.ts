import { beforeAll, describe, expect, it } from "vitest";
import { GET as getVersion } from "@/app/api/v1/versions/[id]/route";
import { approvalForViewer } from "@/lib/approvals/approval-visibility";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { loadVersionDetail } from "@/lib/server/catalog/version-detail";
import { prisma } from "@/lib/server/db/prisma";
import { loadApprovalNotice } from "@/lib/server/approvals/approval-notice";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { createPerson, createTeamRow, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion, token } from "../catalog/support";

// DESIGN.md §2: a team-scoped approval's existence, team, uses, conditions and notice are for
// everyone signed in; its waivers' references and comments only for that team, reviewers,
// auditors and admins. The checkpoint page, GET /api/v1/versions/{id} and the notice agree.

const REFERENCE = "C-2026-042";
const COMMENT = "Bought the commercial licence from the rights holder.";

let versionId: string;
let approvalId: string;
let team: { id: string; name: string };
let insider: Person;
let outsider: Person;
let auditor: Person;

beforeAll(async () => {
  const admin = await createPerson(prisma, { roles: ["ADMIN"] });
  team = await createTeamRow(prisma, "owners");
  const otherTeam = await createTeamRow(prisma, "others");
  insider = await createPerson(prisma, { teamIds: [team.id] });
  outsider = await createPerson(prisma, { teamIds: [otherTeam.id] });
  auditor = await createPerson(prisma, { roles: ["AUDITOR"] });
  const license = await newLicense(admin, { COMMERCIAL_OUTPUTS: "FORBIDDEN", RESEARCH: "ALLOWED" });
  ({ versionId } = await newVersion(admin, { architectureKey: await createArchitecture(), name: `Scoped ${token()}`, licenseIds: [license.licenseId] }));
  await approve(versionId, ["COMMERCIAL_OUTPUTS", "RESEARCH"], { grantedById: admin.user.id, teamId: team.id, conditions: ["Credit the studio"] });
  const approval = await prisma.approval.findFirstOrThrow({ where: { versionId }, select: { id: true } });
  approvalId = approval.id;
  await prisma.waiver.updateMany({ where: { approvalId }, data: { reference: REFERENCE, comment: COMMENT } });
});

async function apiApproval(person: Person) {
  const bearer = (await issueApiToken(prisma, { userId: person.user.id, name: `scope ${token()}`, expiresInDays: 1 }, SYSTEM_ACTOR)).token;
  const response = await getVersion(new Request(`http://localhost/api/v1/versions/${versionId}`, { headers: { Authorization: `Bearer ${bearer}` } }), {
    params: Promise.resolve({ id: versionId }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { approvals: Record<string, unknown>[] };
  expect(body.approvals).toHaveLength(1);
  return body.approvals[0]!;
}

async function pageApproval(person: Person) {
  const detail = await loadVersionDetail(prisma, versionId);
  return approvalForViewer(detail!.approvals[0]!, person.actor);
}

describe("another team's member", () => {
  it("sees the approval's team, uses, conditions and notice on the page, in the API and as the notice file", async () => {
    const api = await apiApproval(outsider);
    expect(api).toMatchObject({ team: { id: team.id, name: team.name }, conditions: ["Credit the studio"] });
    expect((api.uses as { use: string }[]).map((use) => use.use).sort()).toEqual(["COMMERCIAL_OUTPUTS", "RESEARCH"]);

    const page = await pageApproval(outsider);
    expect(page).toMatchObject({ team: { id: team.id }, conditions: ["Credit the studio"], rationaleWithheld: true });
    expect(page.notice).toContain(`Team: ${team.name}.`);

    const notice = await loadApprovalNotice(approvalId, outsider.actor);
    expect(notice).not.toBe("forbidden");
    expect((notice as { text: string }).text).toBe(page.notice);
  });

  it("sees that a waiver was recorded, and its reason, but not its reference or comment — anywhere", async () => {
    const api = await apiApproval(outsider);
    expect(api.waivers).toEqual([expect.objectContaining({ use: "COMMERCIAL_OUTPUTS", reason: "LEGAL_OPINION", reference: null, comment: null })]);
    expect(api.rationaleWithheld).toBe(true);
    const page = await pageApproval(outsider);
    const notice = (await loadApprovalNotice(approvalId, outsider.actor)) as { text: string };
    for (const shown of [JSON.stringify(api), JSON.stringify(page), notice.text]) {
      expect(shown).not.toContain(REFERENCE);
      expect(shown).not.toContain(COMMENT);
    }
    expect(notice.text).toContain("approved under a waiver (legal opinion");
  });
});

describe("the approval's team, and auditors", () => {
  it.each([
    ["a member of the team", () => insider],
    ["an auditor of no team", () => auditor],
  ])("%s sees the waiver's reference and comment on the page, in the API and in the notice", async (_name, who) => {
    const person = who();
    const api = await apiApproval(person);
    expect(api.waivers).toEqual([expect.objectContaining({ reference: REFERENCE, comment: COMMENT })]);
    expect(api.rationaleWithheld).toBe(false);
    const page = await pageApproval(person);
    expect(page.waivers[0]).toMatchObject({ reference: REFERENCE, comment: COMMENT });
    const notice = (await loadApprovalNotice(approvalId, person.actor)) as { text: string };
    expect(notice.text).toContain(REFERENCE);
    expect(notice.text).toContain(COMMENT);
    expect(notice.text).toBe(page.notice);
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as requestPageNotice } from "@/app/(registry)/approvals/[id]/notice/route";
import { GET } from "@/app/(registry)/checkpoints/[id]/approvals/[approvalId]/notice/route";
import { createLicenseRevisionSchema } from "@/lib/schemas/catalog";
import { createLicenseRevision } from "@/lib/server/licenses/create-license-revision";
import { approvalForViewer } from "@/lib/approvals/approval-visibility";
import { loadVersionDetail } from "@/lib/server/catalog/version-detail";
import { prisma } from "@/lib/server/db/prisma";
import { createPerson, createTeamRow, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion, revisionForm, token } from "../catalog/support";

// GET /checkpoints/:id/approvals/:approvalId/notice: the notice the detail page shows, as a file,
// for whoever may read the approval; another team's reader gets it without the waivers' rationale.

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null),
}));

const REFERENCE = "C-2026-077";
const COMMENT = "Commercial licence bought from the rights holder.";

let versionId: string;
let otherVersionId: string;
let approvalId: string;
let insider: Person;
let outsider: Person;

beforeAll(async () => {
  const admin = await createPerson(prisma, { roles: ["ADMIN"] });
  const team = await createTeamRow(prisma, "owners");
  const otherTeam = await createTeamRow(prisma, "others");
  insider = await createPerson(prisma, { teamIds: [team.id] });
  outsider = await createPerson(prisma, { teamIds: [otherTeam.id] });
  const license = await newLicense(admin, { COMMERCIAL_OUTPUTS: "FORBIDDEN", RESEARCH: "ALLOWED" });
  const architectureKey = await createArchitecture();
  ({ versionId } = await newVersion(admin, { architectureKey, name: `Notice ${token()}`, licenseIds: [license.licenseId] }));
  ({ versionId: otherVersionId } = await newVersion(admin, { architectureKey, name: `Other ${token()}`, licenseIds: [license.licenseId] }));
  await approve(versionId, ["COMMERCIAL_OUTPUTS", "RESEARCH"], { grantedById: admin.user.id, teamId: team.id, conditions: ["Credit the studio"] });
  approvalId = (await prisma.approval.findFirstOrThrow({ where: { versionId }, select: { id: true } })).id;
  await prisma.waiver.updateMany({ where: { approvalId }, data: { reference: REFERENCE, comment: COMMENT } });
});

async function download(person: Person | null, version = versionId, approval = approvalId) {
  session.userId = person?.user.id ?? null;
  return GET(new Request(`http://localhost/checkpoints/${version}/approvals/${approval}/notice`), {
    params: Promise.resolve({ id: version, approvalId: approval }),
  });
}

async function pageNotice(person: Person) {
  const detail = await loadVersionDetail(prisma, versionId);
  return approvalForViewer(
    detail!.approvals.find((approval) => approval.id === approvalId)!,
    person.actor,
  ).notice;
}

describe("the detail page's notice download", () => {
  it("gives the approval's team the notice the page shows it, waiver rationale included, as a Markdown attachment", async () => {
    const response = await download(insider);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="notice-[A-Za-z0-9._-]+\.md"$/);
    const text = await response.text();
    expect(text).toBe(await pageNotice(insider));
    expect(text).toContain(REFERENCE);
    expect(text).toContain(COMMENT);
  });

  it("gives another team's reader the notice without the waiver's reference and comment, as the page does", async () => {
    const response = await download(outsider);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toBe(await pageNotice(outsider));
    expect(text).toContain("Credit the studio");
    expect(text).not.toContain(REFERENCE);
    expect(text).not.toContain(COMMENT);
  });

  it("refuses a reader who is not signed in", async () => {
    const response = await download(null);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("Credit the studio");
  });

  it("finds no approval under another version, nor an approval id that does not exist", async () => {
    expect((await download(insider, otherVersionId)).status).toBe(404);
    expect((await download(insider, versionId, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await download(insider, "not-a-version")).status).toBe(404);
  });
});

describe("one notice per approval: the terms it relied on", () => {
  it("after the licence changes, the page and both downloads still give the notice of the approved terms", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const license = await newLicense(admin, { RESEARCH: { status: "CONDITIONAL", condition: "Cite the original paper" } });
    const architectureKey = await createArchitecture();
    const { versionId: changedVersionId } = await newVersion(admin, { architectureKey, name: `Snapshot ${token()}`, licenseIds: [license.licenseId] });
    await approve(changedVersionId, ["RESEARCH"], { grantedById: admin.user.id });
    const { id: changedApprovalId } = await prisma.approval.findFirstOrThrow({ where: { versionId: changedVersionId }, select: { id: true } });

    await createLicenseRevision(
      admin.actor,
      createLicenseRevisionSchema.parse({
        licenseId: license.licenseId,
        expectedRevision: "1",
        ...revisionForm({ RESEARCH: { status: "CONDITIONAL", condition: "Academic institutions only" } }),
      }),
    );
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: changedApprovalId } })).status).toBe("NEEDS_REVIEW");

    const detail = await loadVersionDetail(prisma, changedVersionId);
    const shown = approvalForViewer(
      detail!.approvals.find((approval) => approval.id === changedApprovalId)!,
      insider.actor,
    ).notice;
    expect(shown).toContain("Cite the original paper");
    expect(shown).not.toContain("Academic institutions only");

    session.userId = insider.user.id;
    const fromDetailPage = await GET(new Request("http://localhost/notice"), {
      params: Promise.resolve({ id: changedVersionId, approvalId: changedApprovalId }),
    });
    const fromRequestPage = await requestPageNotice(new Request("http://localhost/notice"), { params: Promise.resolve({ id: changedApprovalId }) });
    expect(await fromDetailPage.text()).toBe(shown);
    expect(fromRequestPage.headers.get("content-type")).toBe(fromDetailPage.headers.get("content-type"));
    expect(fromRequestPage.headers.get("content-disposition")).toBe(fromDetailPage.headers.get("content-disposition"));
    expect(await fromRequestPage.text()).toBe(shown);
  });
});

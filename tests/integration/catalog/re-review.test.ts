import { beforeAll, describe, expect, it } from "vitest";
import { createLicenseRevisionSchema } from "@/lib/schemas/catalog";
import { markApprovalsForReReview } from "@/lib/server/approvals/mark-for-re-review";
import { listAuditEvents } from "@/lib/server/audit/queries";
import { browseCatalog } from "@/lib/server/catalog/browse";
import { loadVersionDetail } from "@/lib/server/catalog/version-detail";
import { prisma } from "@/lib/server/db/prisma";
import { createLicenseRevision } from "@/lib/server/licenses/create-license-revision";
import { EMPTY_BROWSE_QUERY } from "@/lib/catalog/browse-query";
import { auditFiltersFromSearchParams } from "@/lib/schemas/audit";
import { createPerson, createTeamRow, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion, revisionForm, summaryOf, token } from "./support";

let admin: Person;
let architectureKey: string;

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  architectureKey = await createArchitecture();
});

const DAY = 24 * 60 * 60 * 1000;

describe("a new license revision flags every approval that relied on the license", () => {
  it("including approvals of descendants through lineage (SDXL's license flags Pony and Illustrious)", async () => {
    const family = token();
    const rail = await newLicense(admin, { INTERNAL_EXPLORATION: "ALLOWED", RESEARCH: "ALLOWED" });
    const unrelated = await newLicense(admin, { INTERNAL_EXPLORATION: "ALLOWED" });
    const sdxl = await newVersion(admin, { architectureKey, name: `Base ${family}`, licenseIds: [rail.licenseId] });
    const pony = await newVersion(admin, { architectureKey, name: `Pony ${family}`, parents: [{ id: sdxl.versionId }] });
    const illustrious = await newVersion(admin, { architectureKey, name: `Illustrious ${family}`, parents: [{ id: sdxl.versionId }] });
    const merge = await newVersion(admin, {
      architectureKey,
      name: `Merge ${family}`,
      kind: "MERGE",
      parents: [
        { id: pony.versionId, relation: "MERGE" },
        { id: illustrious.versionId, relation: "MERGE" },
      ],
    });
    const other = await newVersion(admin, { architectureKey, name: `Other ${family}`, licenseIds: [unrelated.licenseId] });
    const team = await createTeamRow(prisma);

    const approvals = {
      sdxl: await approve(sdxl.versionId, ["INTERNAL_EXPLORATION", "RESEARCH"], { grantedById: admin.user.id }),
      pony: await approve(pony.versionId, ["INTERNAL_EXPLORATION"], { grantedById: admin.user.id, teamId: team.id }),
      illustrious: await approve(illustrious.versionId, ["RESEARCH"], { grantedById: admin.user.id }),
      merge: await approve(merge.versionId, ["RESEARCH"], { grantedById: admin.user.id }),
      other: await approve(other.versionId, ["INTERNAL_EXPLORATION"], { grantedById: admin.user.id }),
    };
    const revoked = await approve(pony.versionId, ["RESEARCH"], { grantedById: admin.user.id });
    await prisma.approval.update({ where: { id: revoked.approvalId }, data: { status: "REVOKED", revokedAt: new Date(), revokedReason: "test" } });
    // Past its review-by date: it reads as expired already, there is nothing to re-review.
    const lapsed = await approve(illustrious.versionId, ["INTERNAL_EXPLORATION"], { grantedById: admin.user.id });
    await prisma.approval.update({ where: { id: lapsed.approvalId }, data: { reviewBy: new Date(Date.now() - DAY) } });

    const result = await createLicenseRevision(
      admin.actor,
      createLicenseRevisionSchema.parse({
        licenseId: rail.licenseId,
        expectedRevision: "1",
        ...revisionForm({ INTERNAL_EXPLORATION: "ALLOWED", RESEARCH: { status: "CONDITIONAL", condition: "academic only" } }),
      }),
    );
    expect(result.flaggedApprovals).toBe(4);

    const status = async (id: string) => (await prisma.approval.findUniqueOrThrow({ where: { id } })).status;
    for (const key of ["sdxl", "pony", "illustrious", "merge"] as const) expect(await status(approvals[key].approvalId), key).toBe("NEEDS_REVIEW");
    expect(await status(approvals.other.approvalId)).toBe("ACTIVE");
    expect(await status(revoked.approvalId)).toBe("REVOKED");
    expect(await status(lapsed.approvalId)).toBe("ACTIVE");

    const flaggedIds = [approvals.sdxl, approvals.pony, approvals.illustrious, approvals.merge].map((approval) => approval.approvalId);
    // The revision's one audit event names every approval it flagged, so each approval's history finds it.
    const events = await prisma.auditEvent.findMany({ where: { relatedIds: { hasSome: flaggedIds } } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "license.version_created",
      subjectType: "LicenseVersion",
      subjectId: result.licenseVersionId,
      actorId: admin.user.id,
    });
    expect([...events[0]!.relatedIds].sort()).toEqual([...flaggedIds, team.id].sort());
    const after = events[0]!.after as { reReviewReason: string; flaggedApprovals: { approvalId: string; teamId: string | null; revision: number }[] };
    expect(after.reReviewReason).toContain("New revision 2 of");
    expect(after.flaggedApprovals).toHaveLength(4);
    expect(after.flaggedApprovals.every((flag) => flag.revision === 2)).toBe(true);
    expect(after.flaggedApprovals.find((flag) => flag.approvalId === approvals.pony.approvalId)?.teamId).toBe(team.id);
    // A descendant's history and the audit trail's checkpoint and team filters find that event through its related ids.
    const ponyDetail = await loadVersionDetail(prisma, pony.versionId);
    expect(ponyDetail!.history.events.map((event) => event.action)).toContain("license.version_created");
    const byCheckpoint = await listAuditEvents(auditFiltersFromSearchParams({ checkpoint: `Pony ${family}`, action: "license.version_created" }).filters);
    expect(byCheckpoint.events.map((event) => event.subjectId)).toEqual([result.licenseVersionId]);
    const byTeam = await listAuditEvents(auditFiltersFromSearchParams({ team: team.id, action: "license.version_created" }).filters);
    expect(byTeam.events.map((event) => event.subjectId)).toEqual([result.licenseVersionId]);

    // The browse read model shows it at once.
    expect((await summaryOf(pony.versionId)).needsReviewUntil).not.toBeNull();
    const page = await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family });
    const statuses = Object.fromEntries(page.rows.map((row) => [row.name, row.status]));
    expect(statuses).toEqual({
      [`Base ${family}`]: "NEEDS_REVIEW",
      [`Pony ${family}`]: "NEEDS_REVIEW",
      [`Illustrious ${family}`]: "NEEDS_REVIEW",
      [`Merge ${family}`]: "NEEDS_REVIEW",
      [`Other ${family}`]: "APPROVED",
    });
    expect(page.rows.find((row) => row.name === `Pony ${family}`)?.uses).toEqual({ INTERNAL_EXPLORATION: "NEEDS_REVIEW" });
  });
});

describe("markApprovalsForReReview", () => {
  it("flags nothing twice and leaves approvals a concurrent change already moved", async () => {
    const license = await newLicense(admin, { RESEARCH: "ALLOWED" });
    const { versionId } = await newVersion(admin, { architectureKey, licenseIds: [license.licenseId] });
    const { approvalId } = await approve(versionId, ["RESEARCH"], { grantedById: admin.user.id });
    const first = await prisma.$transaction((tx) => markApprovalsForReReview(tx, { versionIds: [versionId], reason: "first" }));
    const second = await prisma.$transaction((tx) => markApprovalsForReReview(tx, { versionIds: [versionId], reason: "second" }));
    expect(first.flagged).toEqual([{ approvalId, versionId, teamId: null, revision: 2 }]);
    expect(second.flagged).toEqual([]);
    expect(await prisma.approval.findUniqueOrThrow({ where: { id: approvalId } })).toMatchObject({
      status: "NEEDS_REVIEW",
      needsReviewReason: "first",
      revision: 2,
    });
  });
});

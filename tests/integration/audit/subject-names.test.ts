import { beforeAll, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/server/audit/queries";
import { nameAuditSubjects } from "@/lib/server/audit/subject-names";
import { prisma } from "@/lib/server/db/prisma";
import { createPerson, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion } from "../catalog/support";
import { createWorld, submitRequest, type World } from "../reviews/world";

// The audit trail names its subjects as people know them: read back from the rows the events are about.

let admin: Person;
let world: World;
let parent: { versionId: string; name: string };
let child: { versionId: string; name: string };

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  world = await createWorld();
  const architectureKey = await createArchitecture();
  const licence = await newLicense(admin, { RESEARCH: "ALLOWED", INTERNAL_EXPLORATION: "ALLOWED" });
  parent = await newVersion(admin, { architectureKey, licenseIds: [licence.licenseId] });
  child = await newVersion(admin, { architectureKey, parents: [{ id: parent.versionId }] });
});

describe("audit subjects by name", () => {
  it("names approvals, requests, versions, lineage links, teams and users, each with where it is shown", async () => {
    const { approvalId } = await approve(parent.versionId, ["RESEARCH"], { grantedById: admin.user.id, teamId: world.teamId });
    const { requestId, versionId: requestedVersionId } = await submitRequest(world);
    const requested = await prisma.checkpointVersion.findUniqueOrThrow({
      where: { id: requestedVersionId },
      select: { version: true, checkpoint: { select: { name: true } } },
    });
    const edge = await prisma.lineageEdge.findFirstOrThrow({ where: { childId: child.versionId }, select: { id: true } });

    const names = await nameAuditSubjects(
      prisma,
      [
        { subjectType: "Approval", subjectId: approvalId },
        { subjectType: "ReviewRequest", subjectId: requestId },
        { subjectType: "CheckpointVersion", subjectId: parent.versionId },
        { subjectType: "CreatorTerms", subjectId: child.versionId },
        { subjectType: "LineageEdge", subjectId: edge.id },
        { subjectType: "Team", subjectId: world.teamId },
        { subjectType: "User", subjectId: world.member.id },
        { subjectType: "LineageEdge", subjectId: "00000000-0000-0000-0000-000000000000" },
        { subjectType: "Export", subjectId: "not-a-uuid" },
      ],
      { adminLinks: true },
    );
    expect(names.get(`Approval:${approvalId}`)).toEqual({ name: `approval of ${parent.name} for Team ${world.tag}`, href: `/checkpoints/${parent.versionId}` });
    expect(names.get(`ReviewRequest:${requestId}`)).toEqual({
      name: `request for ${requested.checkpoint.name} ${requested.version} by Team ${world.tag}`,
      href: `/reviews/${requestId}`,
    });
    expect(names.get(`CheckpointVersion:${parent.versionId}`)).toEqual({ name: parent.name, href: `/checkpoints/${parent.versionId}` });
    expect(names.get(`CreatorTerms:${child.versionId}`)?.name).toBe(`creator terms of ${child.name}`);
    expect(names.get(`LineageEdge:${edge.id}`)).toEqual({ name: `${parent.name} → ${child.name}`, href: `/checkpoints/${child.versionId}` });
    expect(names.get(`Team:${world.teamId}`)).toEqual({ name: `Team ${world.tag}`, href: `/admin/teams/${world.teamId}` });
    expect(names.get(`User:${world.member.id}`)?.name).toContain(world.member.email);
    // What no longer exists, or is not a row id, has no name: the row shows its id.
    expect(names.has("LineageEdge:00000000-0000-0000-0000-000000000000")).toBe(false);
    expect(names.has("Export:not-a-uuid")).toBe(false);

    // Admin pages are linked only for admins (others would be refused there).
    const forAuditor = await nameAuditSubjects(prisma, [{ subjectType: "Team", subjectId: world.teamId }]);
    expect(forAuditor.get(`Team:${world.teamId}`)).toEqual({ name: `Team ${world.tag}`, href: null });
  });

  it("gives each listed event its subject's name and its type in words", async () => {
    const { approvalId } = await approve(child.versionId, ["INTERNAL_EXPLORATION"], { grantedById: admin.user.id });
    const { events } = await listAuditEvents({
      actor: undefined,
      action: undefined,
      subjectType: undefined,
      from: undefined,
      to: undefined,
      checkpoint: child.name.replace(/ 1\.0$/, ""),
    });
    expect(events.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
    const granted = events.find((event) => event.subjectId === approvalId);
    expect(granted).toMatchObject({ subjectType: "Approval", subjectTypeLabel: "Approval", subject: { name: `approval of ${child.name} for every team` } });
    const versionEvent = events.find((event) => event.subjectType === "CheckpointVersion" && event.subjectId === child.versionId);
    expect(versionEvent).toMatchObject({ subjectTypeLabel: "Checkpoint version", subject: { name: child.name } });
  });
});

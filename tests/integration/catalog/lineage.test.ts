import { beforeAll, describe, expect, it } from "vitest";
import { addLineageEdge } from "@/lib/server/catalog/add-lineage-edge";
import { removeLineageEdge } from "@/lib/server/catalog/remove-lineage-edge";
import { addVersionLicense, removeVersionLicense } from "@/lib/server/catalog/version-licenses";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import { createPerson, type Person } from "../auth/support/people";
import { approve, createArchitecture, effectiveOf, newLicense, newVersion, summaryOf } from "./support";

let admin: Person;
let architectureKey: string;

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  architectureKey = await createArchitecture();
});

describe("addLineageEdge", () => {
  it("records the edge and its audit event, and the child inherits the parent's layers", async () => {
    const nonCommercial = await newLicense(admin, { COMMERCIAL_OUTPUTS: { status: "FORBIDDEN", condition: "non-commercial" }, RESEARCH: "ALLOWED" });
    const permissive = await newLicense(admin, { COMMERCIAL_OUTPUTS: "ALLOWED", RESEARCH: "ALLOWED" });
    const parent = await newVersion(admin, { architectureKey, licenseIds: [nonCommercial.licenseId] });
    const child = await newVersion(admin, { architectureKey, kind: "FINETUNE", licenseIds: [permissive.licenseId] });
    // A fine-tune with no parent recorded is UNKNOWN on that account (LINEAGE_NOT_RECORDED), whatever its own licence says.
    expect(effectiveOf(await summaryOf(child.versionId)).COMMERCIAL_OUTPUTS).toBe("UNKNOWN");

    const { edgeId } = await addLineageEdge(admin.actor, { childId: child.versionId, parentId: parent.versionId, relation: "FINETUNE", weight: null });
    expect(await prisma.lineageEdge.findUniqueOrThrow({ where: { id: edgeId } })).toMatchObject({
      parentId: parent.versionId,
      childId: child.versionId,
      relation: "FINETUNE",
    });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { subjectType: "LineageEdge", subjectId: edgeId } })).toMatchObject({
      action: "lineage.edge_added",
      actorId: admin.user.id,
      before: null,
      after: { parentId: parent.versionId, childId: child.versionId, relation: "FINETUNE" },
    });
    // A child never lifts an ancestor: the parent's FORBIDDEN now decides.
    const summary = await summaryOf(child.versionId);
    expect(effectiveOf(summary).COMMERCIAL_OUTPUTS).toBe("FORBIDDEN");
    expect(summary.licenseKeys).toEqual([nonCommercial.key, permissive.key].sort());
  });

  it("recomputes descendants of the child too, and flags their approvals", async () => {
    const license = await newLicense(admin, { RESEARCH: "ALLOWED" });
    const grandparent = await newVersion(admin, { architectureKey, licenseIds: [license.licenseId] });
    const restrictive = await newLicense(admin, { RESEARCH: { status: "FORBIDDEN", condition: "no research" } });
    const newParent = await newVersion(admin, { architectureKey, licenseIds: [restrictive.licenseId] });
    const child = await newVersion(admin, { architectureKey, parents: [{ id: grandparent.versionId }] });
    const grandchild = await newVersion(admin, { architectureKey, parents: [{ id: child.versionId }] });
    const approval = await approve(grandchild.versionId, ["RESEARCH"], { grantedById: admin.user.id });

    const { flaggedApprovals } = await addLineageEdge(admin.actor, { childId: child.versionId, parentId: newParent.versionId, relation: "MERGE", weight: 0.5 });
    expect(flaggedApprovals).toBe(1);
    expect(effectiveOf(await summaryOf(grandchild.versionId)).RESEARCH).toBe("FORBIDDEN");
    expect(await prisma.approval.findUniqueOrThrow({ where: { id: approval.approvalId } })).toMatchObject({
      status: "NEEDS_REVIEW",
      needsReviewReason: expect.stringContaining("Lineage changed"),
    });
  });

  it("refuses an edge that would close a cycle, with a field error, and writes nothing", async () => {
    const a = await newVersion(admin, { architectureKey, name: "Cycle A" });
    const b = await newVersion(admin, { architectureKey, name: "Cycle B", parents: [{ id: a.versionId }] });
    const c = await newVersion(admin, { architectureKey, name: "Cycle C", parents: [{ id: b.versionId }] });
    const edges = await prisma.lineageEdge.count();
    const events = await prisma.auditEvent.count();

    const error = await addLineageEdge(admin.actor, { childId: a.versionId, parentId: c.versionId, relation: "FINETUNE", weight: null }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors?.parentId?.[0]).toMatch(/Cycle C 1\.0 already derives from Cycle A 1\.0.*cycle/);
    await expect(addLineageEdge(admin.actor, { childId: a.versionId, parentId: a.versionId, relation: "FINETUNE", weight: null })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await prisma.lineageEdge.count()).toBe(edges);
    expect(await prisma.auditEvent.count()).toBe(events);
  });

  it("refuses the same parent twice", async () => {
    const parent = await newVersion(admin, { architectureKey });
    const child = await newVersion(admin, { architectureKey, parents: [{ id: parent.versionId }] });
    await expect(
      addLineageEdge(admin.actor, { childId: child.versionId, parentId: parent.versionId, relation: "FINETUNE", weight: null }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("removeLineageEdge", () => {
  it("removes the edge, audits it with what it was, and recomputes the child", async () => {
    const forbidding = await newLicense(admin, { HOSTED_SERVICE: { status: "FORBIDDEN", condition: "no hosting" } });
    const own = await newLicense(admin, { HOSTED_SERVICE: "ALLOWED" });
    const parent = await newVersion(admin, { architectureKey, licenseIds: [forbidding.licenseId] });
    const child = await newVersion(admin, { architectureKey, licenseIds: [own.licenseId], parents: [{ id: parent.versionId }] });
    const approval = await approve(child.versionId, ["HOSTED_SERVICE"], { grantedById: admin.user.id });
    const edge = await prisma.lineageEdge.findFirstOrThrow({ where: { childId: child.versionId } });

    const { flaggedApprovals } = await removeLineageEdge(admin.actor, { edgeId: edge.id });
    expect(flaggedApprovals).toBe(1);
    expect(await prisma.lineageEdge.findUnique({ where: { id: edge.id } })).toBeNull();
    expect(await prisma.auditEvent.findMany({ where: { subjectType: "LineageEdge", subjectId: edge.id, action: "lineage.edge_removed" } })).toMatchObject([
      {
        before: { parentId: parent.versionId, childId: child.versionId, relation: "FINETUNE" },
        after: {
          flaggedApprovals: [{ approvalId: approval.approvalId, versionId: child.versionId }],
          reReviewReason: expect.stringContaining("Lineage changed"),
        },
        relatedIds: [approval.approvalId],
      },
    ]);
    // Without its parent the fine-tune's lineage is not recorded: UNKNOWN, never its own licence's ALLOWED.
    expect(effectiveOf(await summaryOf(child.versionId)).HOSTED_SERVICE).toBe("UNKNOWN");
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: approval.approvalId } })).status).toBe("NEEDS_REVIEW");
    await expect(removeLineageEdge(admin.actor, { edgeId: edge.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("license layers of a version", () => {
  it("adds and removes a layer, audited on the version, flagging approvals that relied on the old layers", async () => {
    const first = await newLicense(admin, { TRAIN_ON_OUTPUTS: "ALLOWED" });
    const second = await newLicense(admin, { TRAIN_ON_OUTPUTS: { status: "FORBIDDEN", condition: "no training on outputs" } });
    const { versionId } = await newVersion(admin, { architectureKey, licenseIds: [first.licenseId] });
    const approval = await approve(versionId, ["TRAIN_ON_OUTPUTS"], { grantedById: admin.user.id });

    const added = await addVersionLicense(admin.actor, { versionId, licenseId: second.licenseId });
    expect(added.flaggedApprovals).toBe(1);
    expect(await prisma.versionLicense.count({ where: { versionId } })).toBe(2);
    expect(effectiveOf(await summaryOf(versionId)).TRAIN_ON_OUTPUTS).toBe("FORBIDDEN");
    await expect(addVersionLicense(admin.actor, { versionId, licenseId: second.licenseId })).rejects.toBeInstanceOf(ConflictError);

    await removeVersionLicense(admin.actor, { versionId, licenseId: second.licenseId });
    expect(effectiveOf(await summaryOf(versionId)).TRAIN_ON_OUTPUTS).toBe("ALLOWED");
    const events = await prisma.auditEvent.findMany({
      where: { subjectType: "CheckpointVersion", subjectId: versionId, action: { startsWith: "version.license_" } },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual(["version.license_added", "version.license_added", "version.license_removed"]);
    expect(events[2]).toMatchObject({ before: { license: { key: second.key, revision: 1 } }, after: null });
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: approval.approvalId } })).status).toBe("NEEDS_REVIEW");
  });
});

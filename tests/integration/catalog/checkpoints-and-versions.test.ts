import { beforeAll, describe, expect, it } from "vitest";
import { checkpointFieldsSchema, createVersionSchema, updateCreatorTermsSchema, updateCheckpointSchema, updateVersionSchema } from "@/lib/schemas/catalog";
import { createCheckpoint } from "@/lib/server/catalog/create-checkpoint";
import { createVersion } from "@/lib/server/catalog/create-version";
import { updateCheckpoint } from "@/lib/server/catalog/update-checkpoint";
import { updateCreatorTerms } from "@/lib/server/catalog/update-creator-terms";
import { updateVersion } from "@/lib/server/catalog/update-version";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError } from "@/lib/server/errors";
import { createPerson, type Person } from "../auth/support/people";
import { approve, createArchitecture, effectiveOf, newLicense, newVersion, summaryOf, token } from "./support";

let admin: Person;
let architectureKey: string;

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  architectureKey = await createArchitecture();
});

const lastEvent = (subjectId: string) => prisma.auditEvent.findFirstOrThrow({ where: { subjectId }, orderBy: { id: "desc" } });

describe("createCheckpoint and updateCheckpoint", () => {
  it("creates the row and its audit event by the admin", async () => {
    const slug = `it-${token()}`;
    const { checkpointId } = await createCheckpoint(admin.actor, checkpointFieldsSchema.parse({ name: "Nova XL", slug, aliases: "Nova\nNXL" }));
    expect(await prisma.checkpoint.findUniqueOrThrow({ where: { id: checkpointId } })).toMatchObject({ name: "Nova XL", slug, aliases: ["Nova", "NXL"] });
    expect(await lastEvent(checkpointId)).toMatchObject({
      action: "checkpoint.created",
      subjectType: "Checkpoint",
      actorId: admin.user.id,
      actorLabel: admin.user.email,
      after: { name: "Nova XL", slug, aliases: ["Nova", "NXL"] },
    });
  });

  it("refuses a slug that is taken, with a field error and nothing written", async () => {
    const slug = `it-${token()}`;
    await createCheckpoint(admin.actor, checkpointFieldsSchema.parse({ name: "First", slug }));
    const events = await prisma.auditEvent.count();
    const error = await createCheckpoint(admin.actor, checkpointFieldsSchema.parse({ name: "Second", slug })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).fieldErrors).toHaveProperty("slug");
    expect(await prisma.checkpoint.count({ where: { slug } })).toBe(1);
    expect(await prisma.auditEvent.count()).toBe(events);
  });

  it("renames, records only what changed, refreshes the browse rows, and refuses a stale edit", async () => {
    const { versionId, checkpointId } = await newVersion(admin, { architectureKey, name: "Old Name" });
    const before = await prisma.checkpoint.findUniqueOrThrow({ where: { id: checkpointId } });
    const input = updateCheckpointSchema.parse({
      id: checkpointId,
      name: "Brand New Name",
      slug: before.slug,
      aliases: "",
      expectedUpdatedAt: before.updatedAt.toISOString(),
    });
    await updateCheckpoint(admin.actor, input);

    expect((await prisma.checkpoint.findUniqueOrThrow({ where: { id: checkpointId } })).name).toBe("Brand New Name");
    expect(await lastEvent(checkpointId)).toMatchObject({ action: "checkpoint.updated", before: { name: "Old Name" }, after: { name: "Brand New Name" } });
    const summary = await summaryOf(versionId);
    expect(summary.checkpointName).toBe("Brand New Name");
    expect(summary.searchTerms).toEqual(expect.arrayContaining(["brand", "new", "name", "brandnewname"]));

    await expect(updateCheckpoint(admin.actor, { ...input, name: "Lost update" })).rejects.toBeInstanceOf(ConflictError);
    expect((await prisma.checkpoint.findUniqueOrThrow({ where: { id: checkpointId } })).name).toBe("Brand New Name");
  });
});

describe("createVersion and updateVersion", () => {
  it("creates the version, its audit event and its browse summary", async () => {
    const { checkpointId } = await createCheckpoint(admin.actor, checkpointFieldsSchema.parse({ name: `Lumen ${token()}`, slug: `it-${token()}` }));
    const sha256 = "ab".repeat(32);
    const { versionId } = await createVersion(
      admin.actor,
      createVersionSchema.parse({
        checkpointId,
        version: "v3",
        kind: "BASE",
        architectureKey,
        sha256: sha256.toUpperCase(),
        pros: "Fast\nSharp",
        nativeResolution: "1024",
        promptStyle: "TAGS",
      }),
    );
    expect(await prisma.checkpointVersion.findUniqueOrThrow({ where: { id: versionId } })).toMatchObject({
      version: "v3",
      sha256,
      pros: ["Fast", "Sharp"],
      nativeResolution: 1024,
      promptStyle: "TAGS",
      createdById: admin.user.id,
      revision: 1,
    });
    expect(await lastEvent(versionId)).toMatchObject({ action: "version.created", subjectType: "CheckpointVersion", actorId: admin.user.id });
    const summary = await summaryOf(versionId);
    expect(summary).toMatchObject({ versionLabel: "v3", kind: "BASE", architectureKey, promptStyle: "TAGS", licenseKeys: [], activeUntil: null });
    // No license recorded: every use is UNKNOWN, never permissive.
    expect(new Set(Object.values(effectiveOf(summary)))).toEqual(new Set(["UNKNOWN"]));
  });

  it("refuses an unknown architecture and a duplicate label with field errors", async () => {
    const { checkpointId } = await createCheckpoint(admin.actor, checkpointFieldsSchema.parse({ name: `Dup ${token()}`, slug: `it-${token()}` }));
    await expect(
      createVersion(admin.actor, createVersionSchema.parse({ checkpointId, version: "1", kind: "BASE", architectureKey: "NO_SUCH_ARCH" })),
    ).rejects.toMatchObject({
      fieldErrors: { architectureKey: [expect.any(String)] },
    });
    await createVersion(admin.actor, createVersionSchema.parse({ checkpointId, version: "1", kind: "BASE", architectureKey }));
    await expect(createVersion(admin.actor, createVersionSchema.parse({ checkpointId, version: "1", kind: "BASE", architectureKey }))).rejects.toMatchObject({
      fieldErrors: { version: [expect.any(String)] },
    });
    expect(await prisma.checkpointVersion.count({ where: { checkpointId } })).toBe(1);
  });

  it("saves descriptive fields without touching approvals; a kind change flags the version's and its descendants' approvals", async () => {
    const license = await newLicense(admin, { INTERNAL_EXPLORATION: "ALLOWED" });
    const base = await newVersion(admin, { architectureKey, licenseIds: [license.licenseId] });
    const child = await newVersion(admin, { architectureKey, parents: [{ id: base.versionId }] });
    const baseApproval = await approve(base.versionId, ["INTERNAL_EXPLORATION"], { grantedById: admin.user.id });
    const childApproval = await approve(child.versionId, ["INTERNAL_EXPLORATION"], { grantedById: admin.user.id });

    const fields = { id: base.versionId, version: "1.0", kind: "BASE", architectureKey, bestFor: "Edited notes", expectedRevision: "1" };
    const notes = await updateVersion(admin.actor, updateVersionSchema.parse(fields));
    expect(notes.flaggedApprovals).toBe(0);
    expect(await lastEvent(base.versionId)).toMatchObject({
      action: "version.updated",
      before: { bestFor: null, revision: 1 },
      after: { bestFor: "Edited notes", revision: 2 },
    });
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: baseApproval.approvalId } })).status).toBe("ACTIVE");

    await expect(updateVersion(admin.actor, updateVersionSchema.parse({ ...fields, kind: "MERGE" }))).rejects.toBeInstanceOf(ConflictError);
    const kind = await updateVersion(admin.actor, updateVersionSchema.parse({ ...fields, kind: "MERGE", expectedRevision: "2" }));
    expect(kind.flaggedApprovals).toBe(2);
    for (const { approvalId } of [baseApproval, childApproval]) {
      expect(await prisma.approval.findUniqueOrThrow({ where: { id: approvalId } })).toMatchObject({
        status: "NEEDS_REVIEW",
        needsReviewReason: expect.stringContaining("kind"),
      });
    }
    // A merge with no parents is now a lineage warning on the base; its summary was recomputed.
    expect((await summaryOf(base.versionId)).kind).toBe("MERGE");
  });

  it("flags only the version's own approvals when its file hash changes", async () => {
    const license = await newLicense(admin, { RESEARCH: "ALLOWED" });
    const base = await newVersion(admin, { architectureKey, licenseIds: [license.licenseId] });
    const child = await newVersion(admin, { architectureKey, parents: [{ id: base.versionId }] });
    const own = await approve(base.versionId, ["RESEARCH"], { grantedById: admin.user.id });
    const derived = await approve(child.versionId, ["RESEARCH"], { grantedById: admin.user.id });
    await updateVersion(
      admin.actor,
      updateVersionSchema.parse({ id: base.versionId, version: "1.0", kind: "BASE", architectureKey, sha256: "cd".repeat(32), expectedRevision: "1" }),
    );
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: own.approvalId } })).status).toBe("NEEDS_REVIEW");
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: derived.approvalId } })).status).toBe("ACTIVE");
  });
});

describe("updateCreatorTerms", () => {
  it("creates revision 1, bumps the revision on every change, audits both and recomputes the terms", async () => {
    const license = await newLicense(admin, {
      COMMERCIAL_OUTPUTS: "ALLOWED",
      HOSTED_SERVICE: "ALLOWED",
      REDISTRIBUTE_WEIGHTS: "ALLOWED",
      DERIVATIVES: "ALLOWED",
    });
    const { versionId } = await newVersion(admin, { architectureKey, licenseIds: [license.licenseId] });
    const first = await updateCreatorTerms(
      admin.actor,
      updateCreatorTermsSchema.parse({ versionId, expectedRevision: "0", allowCommercialUse: ["IMAGE"], allowDerivatives: "yes" }),
    );
    expect(first.revision).toBe(1);
    expect(await prisma.creatorTerms.findUniqueOrThrow({ where: { versionId } })).toMatchObject({
      allowCommercialUse: ["IMAGE"],
      allowDerivatives: true,
      allowNoCredit: null,
      revision: 1,
    });
    expect(effectiveOf(await summaryOf(versionId))).toMatchObject({ COMMERCIAL_OUTPUTS: "ALLOWED", HOSTED_SERVICE: "FORBIDDEN", DERIVATIVES: "ALLOWED" });

    const approval = await approve(versionId, ["COMMERCIAL_OUTPUTS"], { grantedById: admin.user.id });
    const second = await updateCreatorTerms(
      admin.actor,
      updateCreatorTermsSchema.parse({ versionId, expectedRevision: "1", allowCommercialUse: ["NONE"], allowDerivatives: "no" }),
    );
    expect(second).toEqual({ revision: 2, flaggedApprovals: 1 });
    expect(effectiveOf(await summaryOf(versionId))).toMatchObject({ COMMERCIAL_OUTPUTS: "FORBIDDEN", DERIVATIVES: "FORBIDDEN" });
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: approval.approvalId } })).status).toBe("NEEDS_REVIEW");

    const events = await prisma.auditEvent.findMany({ where: { subjectType: "CreatorTerms", subjectId: versionId }, orderBy: { id: "asc" } });
    expect(events.map((event) => [event.action, (event.after as { revision: number }).revision])).toEqual([
      ["creator_terms.updated", 1],
      ["creator_terms.updated", 2],
    ]);
    expect(events[1]).toMatchObject({
      before: { allowCommercialUse: ["IMAGE"], allowDerivatives: true, revision: 1 },
      after: { allowCommercialUse: ["NONE"], allowDerivatives: false },
    });

    await expect(updateCreatorTerms(admin.actor, updateCreatorTermsSchema.parse({ versionId, expectedRevision: "1" }))).rejects.toBeInstanceOf(ConflictError);
  });

  it("keeps unstated flags unknown, never permissive", async () => {
    const { versionId } = await newVersion(admin, { architectureKey });
    await updateCreatorTerms(admin.actor, updateCreatorTermsSchema.parse({ versionId, expectedRevision: "0" }));
    expect(await prisma.creatorTerms.findUniqueOrThrow({ where: { versionId } })).toMatchObject({
      allowCommercialUse: [],
      allowNoCredit: null,
      allowDerivatives: null,
      allowDifferentLicense: null,
    });
  });
});

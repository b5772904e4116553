import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { checkSubmissionDraft } from "@/lib/server/submissions/submission-checks";
import { submitReviewRequest } from "@/lib/server/submissions/submit-review-request";
import type { SubmissionInput } from "@/lib/schemas/submission";
import { auditActions, createVersion, createWorld, existingSubmission, type World } from "../reviews/world";

function newVersion(world: World, overrides: Partial<Extract<SubmissionInput, { mode: "new" }>> = {}): SubmissionInput {
  return {
    mode: "new",
    teamId: world.teamId,
    checkpointId: null,
    checkpointName: `Dropped ${world.tag}`,
    version: "v1.0",
    kind: "FINETUNE",
    architectureKey: "SDXL",
    publisher: "Example Studio",
    parentIds: [world.base.id],
    licenseIds: [world.licenses.noCommercial],
    creatorTerms: {
      present: true,
      allowCommercialUse: ["IMAGE"],
      allowNoCredit: false,
      allowDerivatives: null,
      allowDifferentLicense: true,
      text: "Credit Example Studio.",
      sourceUrl: "https://example.com/terms",
    },
    sourceUrl: "https://example.com/model",
    sha256: "ab".repeat(32),
    fileSizeBytes: 209_715_200n,
    fileName: "dropped.safetensors",
    uses: ["INTERNAL_EXPLORATION", "COMMERCIAL_OUTPUTS"],
    justification: "Storyboards for the spring campaign need a stylised SDXL fine-tune.",
    detectedArchitecture: "SDXL",
    ...overrides,
  } as SubmissionInput;
}

describe("submitting a catalogued version", () => {
  it("files the request with its checks, audit event, notifications and browse state", async () => {
    const world = await createWorld();
    const versionId = await createVersion(world, world.licenses.silent);
    const { requestId } = await submitReviewRequest(world.member.actor, {
      ...existingSubmission(world, versionId, ["INTERNAL_EXPLORATION", "HOSTED_SERVICE"]),
      detectedArchitecture: "SD1",
    });
    const request = await prisma.reviewRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(request).toMatchObject({ status: "SUBMITTED", round: 1, revision: 1, teamId: world.teamId, submitterId: world.member.id, versionId });
    expect(request.requestedUses).toEqual(["INTERNAL_EXPLORATION", "HOSTED_SERVICE"]);
    expect(request.detectedArchitecture).toBe("SD1");
    const codes = (request.checks as { code: string; use?: string }[]).map((check) => [check.code, check.use ?? null]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["ARCHITECTURE_MISMATCH", null],
        ["USE_UNKNOWN", "HOSTED_SERVICE"],
      ]),
    );
    expect(codes).not.toContainEqual(["USE_UNKNOWN", "INTERNAL_EXPLORATION"]);

    expect(await auditActions(requestId)).toEqual(["review.submitted"]);
    const notified = await prisma.notification.findMany({ where: { link: `/reviews/${requestId}` }, select: { userId: true, kind: true } });
    const reviewers = [world.legal, world.legal2, world.tech, world.tech2].map((user) => user.id).sort();
    expect(
      notified
        .map((row) => row.userId)
        .filter((id) => reviewers.includes(id))
        .sort(),
    ).toEqual(reviewers);
    expect(notified.some((row) => row.userId === world.member.id)).toBe(false);
    expect(notified.every((row) => row.kind === "review.waiting")).toBe(true);
    const summary = await prisma.versionSummary.findUnique({ where: { versionId }, select: { requestState: true } });
    // The browse read model shows a submitted request as "in review".
    expect(summary?.requestState).toBe("IN_REVIEW");
  });

  it("refuses a team the submitter does not belong to, and writes nothing", async () => {
    const world = await createWorld();
    const versionId = await createVersion(world, world.licenses.permissive);
    await expect(submitReviewRequest(world.member.actor, { ...existingSubmission(world, versionId), teamId: world.otherTeamId })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await prisma.reviewRequest.count({ where: { versionId } })).toBe(0);
  });

  it("refuses a second open request of the same team for the same version", async () => {
    const world = await createWorld();
    const versionId = await createVersion(world, world.licenses.permissive);
    await submitReviewRequest(world.member.actor, existingSubmission(world, versionId));
    await expect(submitReviewRequest(world.member.actor, existingSubmission(world, versionId))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { versionId: [expect.stringContaining("open request")] },
    });
    expect(await prisma.reviewRequest.count({ where: { versionId } })).toBe(1);
  });
});

describe("submitting a new version", () => {
  it("creates checkpoint, version, license layers, creator terms and lineage in the request's transaction", async () => {
    const world = await createWorld();
    const { requestId, versionId } = await submitReviewRequest(world.member.actor, newVersion(world));
    const version = await prisma.checkpointVersion.findUniqueOrThrow({
      where: { id: versionId },
      include: { checkpoint: true, licenses: true, creatorTerms: true, parentEdges: true },
    });
    expect(version).toMatchObject({
      version: "v1.0",
      kind: "FINETUNE",
      architectureKey: "SDXL",
      publisher: "Example Studio",
      sha256: "ab".repeat(32),
      fileSizeBytes: BigInt(209_715_200),
      fileName: "dropped.safetensors",
      fileFormat: "safetensors",
      createdById: world.member.id,
    });
    expect(version.checkpoint.name).toBe(`Dropped ${world.tag}`);
    expect(version.licenses.map((layer) => layer.licenseId)).toEqual([world.licenses.noCommercial]);
    expect(version.creatorTerms).toMatchObject({
      allowCommercialUse: ["IMAGE"],
      allowNoCredit: false,
      allowDerivatives: null,
      allowDifferentLicense: true,
      revision: 1,
    });
    expect(version.parentEdges.map((edge) => [edge.parentId, edge.relation])).toEqual([[world.base.id, "FINETUNE"]]);

    // One event for the whole submission; it records the checkpoint and version it created.
    expect(await auditActions(version.checkpointId)).toEqual(["review.submitted"]);
    expect(await auditActions(versionId)).toEqual(["review.submitted"]);
    expect(await auditActions(requestId)).toEqual(["review.submitted"]);
    const submitted = await prisma.auditEvent.findFirstOrThrow({ where: { action: "review.submitted", subjectId: requestId } });
    expect(submitted.relatedIds).toEqual([versionId, version.checkpointId]);
    expect(submitted.after).toMatchObject({
      newVersion: true,
      createdCheckpoint: { id: version.checkpointId, name: `Dropped ${world.tag}` },
      createdVersion: { id: versionId, version: "v1.0", sha256: "ab".repeat(32), licenseIds: [world.licenses.noCommercial], parentIds: [world.base.id] },
    });
    const request = await prisma.reviewRequest.findUniqueOrThrow({ where: { id: requestId }, select: { checks: true } });
    expect(request.checks).toEqual(expect.arrayContaining([expect.objectContaining({ code: "USE_FORBIDDEN", use: "COMMERCIAL_OUTPUTS" })]));
    expect(await prisma.versionSummary.count({ where: { versionId } })).toBe(1);
  });

  it("a typed name the catalog already has joins that checkpoint; a taken version label is a field error", async () => {
    const world = await createWorld();
    const first = await submitReviewRequest(world.member.actor, newVersion(world));
    const second = await submitReviewRequest(world.member.actor, newVersion(world, { checkpointName: `dropped ${world.tag}`, version: "v2.0", sha256: null }));
    const [a, b] = await Promise.all(
      [first.versionId, second.versionId].map((id) => prisma.checkpointVersion.findUniqueOrThrow({ where: { id }, select: { checkpointId: true } })),
    );
    expect(b!.checkpointId).toBe(a!.checkpointId);
    await expect(submitReviewRequest(world.member.actor, newVersion(world, { version: "v1.0", sha256: null }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { version: [expect.stringContaining("already has a version")] },
    });
  });

  it("bad references are field errors and roll back everything, including the new checkpoint", async () => {
    const world = await createWorld();
    const input = newVersion(world, {
      checkpointName: `Never ${world.tag}`,
      licenseIds: ["00000000-0000-4000-8000-000000000000"],
      architectureKey: "NOPE",
    });
    await expect(submitReviewRequest(world.member.actor, input)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { licenseIds: [expect.any(String)], architectureKey: [expect.any(String)] },
    });
    expect(await prisma.checkpoint.count({ where: { name: `Never ${world.tag}` } })).toBe(0);
  });

  it("the same file under another name and license is reported as a re-upload", async () => {
    const world = await createWorld();
    const { requestId } = await submitReviewRequest(world.member.actor, newVersion(world, { sha256: world.base.sha256, kind: "FINETUNE" }));
    const request = await prisma.reviewRequest.findUniqueOrThrow({ where: { id: requestId }, select: { checks: true } });
    expect(request.checks).toEqual(expect.arrayContaining([expect.objectContaining({ code: "REUPLOAD", message: expect.stringContaining(world.base.name) })]));
  });
});

describe("checks before sending (nothing written)", () => {
  it("computes the would-be version's effective terms from the form: a parent forbidding derivatives, forbidden and unknown uses", async () => {
    const world = await createWorld();
    const noDerivatives = await prisma.checkpointVersion.create({
      data: {
        version: "1.0",
        kind: "FINETUNE",
        architecture: { connect: { key: "SD1" } },
        checkpoint: { create: { slug: `nd-${world.tag}`, name: `No Derivatives ${world.tag}` } },
        licenses: { create: [{ license: { connect: { id: world.licenses.permissive } } }] },
        creatorTerms: { create: { allowCommercialUse: ["IMAGE"], allowNoCredit: true, allowDerivatives: false, allowDifferentLicense: true } },
        // Its own parent is recorded: a fine-tune without one reads UNKNOWN for every use (LINEAGE_NOT_RECORDED).
        parentEdges: {
          create: [
            {
              relation: "FINETUNE",
              parent: {
                create: {
                  version: "1.0",
                  kind: "BASE",
                  architecture: { connect: { key: "SD1" } },
                  checkpoint: { create: { slug: `nd-base-${world.tag}`, name: `No Derivatives Base ${world.tag}` } },
                  licenses: { create: [{ license: { connect: { id: world.licenses.permissive } } }] },
                },
              },
            },
          ],
        },
      },
      select: { id: true },
    });
    const result = await checkSubmissionDraft(prisma, {
      mode: "new",
      checkpointName: `Would Be ${world.tag}`,
      version: "v1",
      kind: "MERGE",
      architectureKey: "SDXL",
      parentIds: [world.base.id, noDerivatives.id],
      licenseIds: [world.licenses.noCommercial],
      creatorTerms: null,
      sha256: null,
      uses: ["COMMERCIAL_OUTPUTS", "INTERNAL_EXPLORATION"],
      detectedArchitecture: "SDXL",
    });
    const codes = result.checks.map((check) => check.code);
    expect(codes).toContain("LINEAGE_VIOLATION");
    expect(result.checks.find((check) => check.code === "LINEAGE_VIOLATION")?.message).toContain("forbids derivatives");
    expect(codes).toContain("USE_FORBIDDEN");
    expect(codes).toContain("PARENT_ARCHITECTURE_MISMATCH");
    expect(result.useStatuses).toMatchObject({ COMMERCIAL_OUTPUTS: "FORBIDDEN", INTERNAL_EXPLORATION: "ALLOWED" });
    expect(await prisma.checkpoint.count({ where: { name: `Would Be ${world.tag}` } })).toBe(0);
  });
});

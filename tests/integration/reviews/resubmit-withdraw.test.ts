import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/notifications/mark-read";
import { resubmitReviewRequest } from "@/lib/server/reviews/resubmit-review-request";
import { signOff } from "@/lib/server/reviews/sign-off";
import { withdrawReviewRequest } from "@/lib/server/reviews/withdraw-review-request";
import { submitReviewRequest } from "@/lib/server/submissions/submit-review-request";
import { approve, auditActions, createWorld, decide, requestRow, submitRequest } from "./world";

const justification = "Storyboards need it; we narrowed the uses as asked.";

describe("REQUEST_CHANGES, resubmission and a new round", () => {
  it("returns the request to the submitter, who resubmits; earlier sign-offs stay and both must sign again", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world, { uses: ["INTERNAL_EXPLORATION", "HOSTED_SERVICE"] });
    await signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL"));
    await signOff(world.legal.actor, decide(requestId, 2, "LEGAL", "REQUEST_CHANGES", "Drop the hosted service use."));
    expect(await requestRow(requestId)).toMatchObject({ status: "CHANGES_REQUESTED", round: 1, revision: 3 });
    const notice = await prisma.notification.findFirst({ where: { userId: world.member.id, kind: "review.changes_requested" } });
    expect(notice?.body).toContain("Drop the hosted service use.");

    // Only the submitter resubmits, and only from CHANGES_REQUESTED.
    await expect(
      resubmitReviewRequest(world.tech.actor, {
        mode: "request-only",
        requestId,
        revision: 3,
        uses: ["INTERNAL_EXPLORATION"],
        justification,
        detectedArchitecture: null,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const { round } = await resubmitReviewRequest(world.member.actor, {
      mode: "request-only",
      requestId,
      revision: 3,
      uses: ["INTERNAL_EXPLORATION"],
      justification,
      detectedArchitecture: null,
    });
    expect(round).toBe(2);
    const resubmitted = await prisma.reviewRequest.findUniqueOrThrow({ where: { id: requestId } });
    expect(resubmitted).toMatchObject({ status: "SUBMITTED", round: 2, revision: 4, justification, requestedUses: ["INTERNAL_EXPLORATION"] });

    // Round 1's technical approval does not carry over.
    const legalFirst = await signOff(world.legal.actor, approve(requestId, 4, "LEGAL"));
    expect(legalFirst.status).toBe("IN_REVIEW");
    const done = await signOff(world.tech.actor, approve(requestId, 5, "TECHNICAL"));
    expect(done.status).toBe("APPROVED");

    const row = await requestRow(requestId);
    expect(row.signOffs.map((s) => [s.round, s.capacity, s.decision])).toEqual([
      [1, "TECHNICAL", "APPROVE"],
      [1, "LEGAL", "REQUEST_CHANGES"],
      [2, "LEGAL", "APPROVE"],
      [2, "TECHNICAL", "APPROVE"],
    ]);
    expect(row.approval!.uses.map((use) => use.use)).toEqual(["INTERNAL_EXPLORATION"]);
    // One event per action: the sign-off that decides a round is recorded as the transition it caused.
    expect(await auditActions(requestId)).toEqual([
      "review.submitted",
      "review.signed_off",
      "review.changes_requested",
      "review.resubmitted",
      "review.signed_off",
      "approval.granted",
    ]);
  });

  it("a version the request created can have its facts corrected on resubmission; the change is audited", async () => {
    const world = await createWorld();
    const { requestId, versionId } = await submitReviewRequest(world.member.actor, {
      mode: "new",
      teamId: world.teamId,
      checkpointId: null,
      checkpointName: `Fixable ${world.tag}`,
      version: "v1",
      kind: "FINETUNE",
      architectureKey: "SD1",
      publisher: null,
      parentIds: [world.base.id],
      licenseIds: [world.licenses.silent],
      creatorTerms: {
        present: false,
        allowCommercialUse: [],
        allowNoCredit: null,
        allowDerivatives: null,
        allowDifferentLicense: null,
        text: null,
        sourceUrl: null,
      },
      sourceUrl: null,
      sha256: null,
      fileSizeBytes: null,
      fileName: null,
      uses: ["INTERNAL_EXPLORATION"],
      justification,
      detectedArchitecture: "SDXL",
    });
    await signOff(world.tech.actor, decide(requestId, 1, "TECHNICAL", "REQUEST_CHANGES", "It is SDXL, and the license is wrong."));
    await resubmitReviewRequest(world.member.actor, {
      mode: "with-facts",
      requestId,
      revision: 2,
      version: "v1.1",
      kind: "FINETUNE",
      architectureKey: "SDXL",
      publisher: "Studio",
      parentIds: [world.base.id],
      licenseIds: [world.licenses.permissive],
      creatorTerms: {
        present: true,
        allowCommercialUse: ["IMAGE"],
        allowNoCredit: true,
        allowDerivatives: true,
        allowDifferentLicense: true,
        text: null,
        sourceUrl: null,
      },
      sourceUrl: null,
      sha256: null,
      fileSizeBytes: null,
      fileName: null,
      uses: ["INTERNAL_EXPLORATION"],
      justification,
      detectedArchitecture: null,
    });
    const version = await prisma.checkpointVersion.findUniqueOrThrow({ where: { id: versionId }, include: { licenses: true, creatorTerms: true } });
    expect(version).toMatchObject({ version: "v1.1", architectureKey: "SDXL", publisher: "Studio", revision: 2 });
    expect(version.licenses.map((layer) => layer.licenseId)).toEqual([world.licenses.permissive]);
    expect(version.creatorTerms).toMatchObject({ allowCommercialUse: ["IMAGE"], revision: 1 });
    // The submission and the resubmission each record the version's facts in their one event.
    expect(await auditActions(versionId)).toEqual(["review.submitted", "review.resubmitted"]);
    const resubmitted = await prisma.auditEvent.findFirstOrThrow({ where: { action: "review.resubmitted", subjectId: requestId } });
    expect(resubmitted.relatedIds).toEqual([versionId]);
    expect(resubmitted.after).toMatchObject({
      versionFactsChanged: true,
      versionFacts: { version: "v1.1", publisher: "Studio", licenseIds: [world.licenses.permissive] },
    });
    // The architecture now matches what the file showed: the stored checks say so.
    const request = await prisma.reviewRequest.findUniqueOrThrow({ where: { id: requestId }, select: { checks: true, detectedArchitecture: true } });
    expect(request.detectedArchitecture).toBe("SDXL");
    expect((request.checks as { code: string }[]).map((check) => check.code)).not.toContain("ARCHITECTURE_MISMATCH");
  });

  it("the facts of a catalogued version the request did not create cannot be edited through it", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world);
    await signOff(world.tech.actor, decide(requestId, 1, "TECHNICAL", "REQUEST_CHANGES", "Explain the use."));
    await expect(
      resubmitReviewRequest(world.member.actor, {
        mode: "with-facts",
        requestId,
        revision: 2,
        version: "hijacked",
        kind: "BASE",
        architectureKey: "SD1",
        publisher: null,
        parentIds: [],
        licenseIds: [],
        creatorTerms: {
          present: false,
          allowCommercialUse: [],
          allowNoCredit: null,
          allowDerivatives: null,
          allowDifferentLicense: null,
          text: null,
          sourceUrl: null,
        },
        sourceUrl: null,
        sha256: null,
        fileSizeBytes: null,
        fileName: null,
        uses: ["INTERNAL_EXPLORATION"],
        justification,
        detectedArchitecture: null,
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await requestRow(requestId)).toMatchObject({ status: "CHANGES_REQUESTED", revision: 2 });
  });
});

describe("withdrawing", () => {
  it("the submitter withdraws before a decision; others cannot, and nobody can sign afterwards", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world);
    await signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL"));
    await expect(withdrawReviewRequest(world.legal.actor, { requestId, revision: 2 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await withdrawReviewRequest(world.member.actor, { requestId, revision: 2 });
    expect(await requestRow(requestId)).toMatchObject({ status: "WITHDRAWN", revision: 3 });
    await expect(signOff(world.legal.actor, approve(requestId, 3, "LEGAL"))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(withdrawReviewRequest(world.member.actor, { requestId, revision: 3 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await auditActions(requestId)).toEqual(["review.submitted", "review.signed_off", "review.withdrawn"]);
  });
});

describe("inbox", () => {
  it("marks one or all of the caller's own notifications read, never someone else's", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world);
    const mine = await prisma.notification.findFirstOrThrow({ where: { userId: world.legal.id, link: `/reviews/${requestId}` } });
    expect(await markNotificationRead(world.tech.actor, mine.id)).toEqual({ updated: 0 });
    expect(await markNotificationRead(world.legal.actor, mine.id)).toEqual({ updated: 1 });
    await submitRequest(world);
    expect((await markAllNotificationsRead(world.legal.actor)).updated).toBeGreaterThanOrEqual(1);
    expect(await prisma.notification.count({ where: { userId: world.legal.id, readAt: null } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: world.tech.id, readAt: null } })).toBeGreaterThanOrEqual(2);
  });
});

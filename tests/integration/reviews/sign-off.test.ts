import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { signOff } from "@/lib/server/reviews/sign-off";
import { approve, auditActions, createUser, createWorld, decide, inAYear, requestRow, submitRequest } from "./world";

const waiver = (comment = "Bought the commercial licence.") => ({
  reason: "LICENSE_ACQUIRED" as const,
  reference: "C-2026-17",
  comment,
  expiresAt: inAYear(),
});

describe("sign-off: two approvals grant the standing approval", () => {
  it("technical then legal (with the waivers the effective terms need) approves and grants in the same transaction", async () => {
    const world = await createWorld();
    const { requestId, versionId } = await submitRequest(world, {
      licenseId: world.licenses.noCommercial,
      uses: ["COMMERCIAL_OUTPUTS", "INTERNAL_EXPLORATION"],
    });

    const first = await signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL", { conditions: ["Only for storyboards"], reviewBy: inAYear() }));
    expect(first).toMatchObject({ status: "IN_REVIEW", approvalId: null });

    const soon = new Date(Date.now() + 90 * 24 * 3600 * 1000);
    const second = await signOff(
      world.legal.actor,
      approve(requestId, 2, "LEGAL", { conditions: ["Credit the studio", "only for storyboards "], reviewBy: soon, waivers: { COMMERCIAL_OUTPUTS: waiver() } }),
    );
    expect(second.status).toBe("APPROVED");
    expect(second.approvalId).toBeTruthy();

    const row = await requestRow(requestId);
    expect(row).toMatchObject({ status: "APPROVED", round: 1, revision: 3 });
    expect(row.signOffs.map((s) => [s.capacity, s.decision, s.reviewerId])).toEqual([
      ["TECHNICAL", "APPROVE", world.tech.id],
      ["LEGAL", "APPROVE", world.legal.id],
    ]);
    const approval = row.approval!;
    expect(approval.id).toBe(second.approvalId);
    expect(approval.versionId).toBe(versionId);
    expect(approval.teamId).toBe(world.teamId);
    expect(approval.conditions).toEqual(["Credit the studio", "only for storyboards"]);
    expect(approval.reviewBy.toISOString().slice(0, 10)).toBe(soon.toISOString().slice(0, 10));
    expect(approval.uses.map((use) => [use.use, use.statusAtApproval]).sort()).toEqual([
      ["COMMERCIAL_OUTPUTS", "FORBIDDEN"],
      ["INTERNAL_EXPLORATION", "ALLOWED"],
    ]);
    expect(approval.waivers).toEqual([
      expect.objectContaining({ use: "COMMERCIAL_OUTPUTS", reason: "LICENSE_ACQUIRED", reference: "C-2026-17", grantedById: world.legal.id }),
    ]);

    // One event per sign-off: the deciding one is the approval it granted, naming the request.
    expect(await auditActions(requestId)).toEqual(["review.submitted", "review.signed_off", "approval.granted"]);
    expect(await auditActions(approval.id)).toEqual(["approval.granted"]);
    const notices = await prisma.notification.findMany({ where: { userId: world.member.id }, orderBy: { createdAt: "asc" }, select: { kind: true } });
    expect(notices.map((notice) => notice.kind)).toEqual(["review.signed_off", "review.approved"]);
    const summary = await prisma.versionSummary.findUnique({ where: { versionId }, select: { activeUntil: true } });
    expect(summary?.activeUntil).not.toBeNull();
  });

  it("legal first: the technical APPROVE completes it with the legal sign-off's waivers and every-team scope", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world, { licenseId: world.licenses.silent, uses: ["HOSTED_SERVICE"] });
    await signOff(world.legal.actor, approve(requestId, 1, "LEGAL", { scopeAllTeams: true, waivers: { HOSTED_SERVICE: waiver("Opinion on file.") } }));
    const done = await signOff(world.tech.actor, approve(requestId, 2, "TECHNICAL"));
    expect(done.status).toBe("APPROVED");
    const approval = (await requestRow(requestId)).approval!;
    expect(approval.teamId).toBeNull();
    expect(approval.waivers.map((w) => [w.use, w.comment, w.grantedById])).toEqual([["HOSTED_SERVICE", "Opinion on file.", world.legal.id]]);
    // Neither reviewer proposed a date: twelve months.
    const months = (approval.reviewBy.getTime() - Date.now()) / (30.4 * 24 * 3600 * 1000);
    expect(months).toBeGreaterThan(11.5);
    expect(months).toBeLessThan(12.5);
  });

  it("a legal APPROVE without a waiver for a FORBIDDEN or UNKNOWN use is refused and writes nothing", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world, { licenseId: world.licenses.noCommercial, uses: ["COMMERCIAL_OUTPUTS"] });
    // The alert says which use needs a waiver and names the licence that forbids it.
    await expect(signOff(world.legal.actor, approve(requestId, 1, "LEGAL"))).rejects.toMatchObject({
      code: "VALIDATION",
      message: expect.stringMatching(
        new RegExp(
          `^Commercial outputs needs a waiver: it is forbidden by no-commercial-${world.tag} \\(licence of Subject ${world.tag} [0-9a-f]{6} 1\\.0\\)\\.$`,
        ),
      ),
      fieldErrors: { "waivers.COMMERCIAL_OUTPUTS": [expect.stringContaining(`Commercial outputs is forbidden by no-commercial-${world.tag}`)] },
    });
    const row = await requestRow(requestId);
    expect(row).toMatchObject({ status: "SUBMITTED", revision: 1, signOffs: [] });
    expect(await auditActions(requestId)).toEqual(["review.submitted"]);
  });

  it("a waiver for a use that needs none is refused", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world, { uses: ["INTERNAL_EXPLORATION"] });
    await expect(signOff(world.legal.actor, approve(requestId, 1, "LEGAL", { waivers: { INTERNAL_EXPLORATION: waiver() } }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { "waivers.INTERNAL_EXPLORATION": [expect.stringContaining("needs no waiver")] },
    });
  });
});

describe("sign-off: separation of duties and roles", () => {
  it("the submitter cannot sign their own request, whatever roles they hold; nothing is written", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world);
    await expect(signOff(world.member.actor, approve(requestId, 1, "TECHNICAL"))).rejects.toMatchObject({ code: "FORBIDDEN" });

    const reviewerSubmitter = await createUser(prisma, world.tag, "tech-member", ["TECH_REVIEWER", "LEGAL_REVIEWER"], [world.teamId]);
    const own = await submitRequest({ ...world, member: reviewerSubmitter });
    for (const capacity of ["TECHNICAL", "LEGAL"] as const) {
      await expect(signOff(reviewerSubmitter.actor, approve(own.requestId, 1, capacity))).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: expect.stringContaining("separation of duties"),
      });
    }
    expect((await requestRow(requestId)).signOffs).toEqual([]);
    expect((await requestRow(own.requestId)).signOffs).toEqual([]);
    expect(await auditActions(own.requestId)).toEqual(["review.submitted"]);
  });

  it("a reviewer signs only in the capacity of their role", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world);
    await expect(signOff(world.tech.actor, approve(requestId, 1, "LEGAL"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(signOff(world.legal.actor, approve(requestId, 1, "TECHNICAL"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await requestRow(requestId)).signOffs).toEqual([]);
  });

  it("one person holding both roles cannot give both sign-offs", async () => {
    const world = await createWorld();
    const both = await createUser(prisma, world.tag, "both", ["TECH_REVIEWER", "LEGAL_REVIEWER"], []);
    const { requestId } = await submitRequest(world);
    await signOff(both.actor, approve(requestId, 1, "TECHNICAL"));
    await expect(signOff(both.actor, approve(requestId, 2, "LEGAL"))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("two different people"),
    });
    const row = await requestRow(requestId);
    expect(row).toMatchObject({ status: "IN_REVIEW", revision: 2, approval: null });
    expect(row.signOffs).toHaveLength(1);
  });

  it("a capacity signs once per round, and a stale page is a conflict", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world);
    await signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL"));
    await expect(signOff(world.tech2.actor, approve(requestId, 2, "TECHNICAL"))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(signOff(world.legal.actor, approve(requestId, 1, "LEGAL"))).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("reload"),
    });
    expect((await requestRow(requestId)).signOffs).toHaveLength(1);
  });
});

describe("sign-off: rejection, change requests and rollback", () => {
  it("one REJECT ends the request; nobody can sign after it", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world);
    await signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL"));
    const rejected = await signOff(world.legal.actor, decide(requestId, 2, "LEGAL", "REJECT", "License text forbids our use."));
    expect(rejected).toMatchObject({ status: "REJECTED", approvalId: null });
    await expect(signOff(world.legal2.actor, approve(requestId, 3, "LEGAL"))).rejects.toMatchObject({ code: "CONFLICT" });
    const row = await requestRow(requestId);
    expect(row).toMatchObject({ status: "REJECTED", approval: null });
    expect(await auditActions(requestId)).toEqual(["review.submitted", "review.signed_off", "review.rejected"]);
    const notice = await prisma.notification.findFirst({ where: { userId: world.member.id, kind: "review.rejected" } });
    expect(notice?.body).toContain("License text forbids our use.");
  });

  it("REJECT and REQUEST_CHANGES need a comment", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world);
    for (const decision of ["REJECT", "REQUEST_CHANGES"] as const) {
      await expect(signOff(world.tech.actor, decide(requestId, 1, "TECHNICAL", decision, null))).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { comment: [expect.any(String)] },
      });
    }
    expect((await requestRow(requestId)).signOffs).toEqual([]);
  });

  it("when granting fails at the final approval (terms changed since legal signed), the whole sign-off rolls back", async () => {
    const world = await createWorld();
    const { requestId } = await submitRequest(world, { uses: ["COMMERCIAL_OUTPUTS"] });
    await signOff(world.legal.actor, approve(requestId, 1, "LEGAL"));
    // A new revision of the license now forbids the use the legal reviewer approved without a waiver.
    await prisma.licenseVersion.create({
      data: { licenseId: world.licenses.permissive, revision: 2, terms: { create: [{ use: "COMMERCIAL_OUTPUTS", status: "FORBIDDEN" }] } },
    });
    await expect(signOff(world.tech.actor, approve(requestId, 2, "TECHNICAL"))).rejects.toMatchObject({ code: "VALIDATION" });
    const row = await requestRow(requestId);
    expect(row).toMatchObject({ status: "IN_REVIEW", revision: 2, approval: null });
    expect(row.signOffs.map((s) => s.capacity)).toEqual(["LEGAL"]);
    expect(await auditActions(requestId)).toEqual(["review.submitted", "review.signed_off"]);
    expect(await prisma.auditEvent.count({ where: { action: "approval.granted", relatedIds: { has: requestId } } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: world.member.id, kind: "review.approved" } })).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { revokeApproval } from "@/lib/server/approvals/revoke-approval";
import { lookupBySha256 } from "@/lib/server/catalog/lookup";
import { revokeApprovalSchema } from "@/lib/schemas/approval";
import { createLicense, createUser, createVersion } from "@/tests/support/catalog-fixtures";

const actorOf = (user: { id: string; email: string }, roles: ("ADMIN" | "LEGAL_REVIEWER" | "TECH_REVIEWER" | "AUDITOR")[]) => ({
  id: user.id,
  email: user.email,
  active: true,
  roles,
  teamIds: [],
});

async function approvedVersion() {
  const license = await createLicense(prisma, {});
  const sha256 = Array.from({ length: 64 }, () => "0123456789abcdef"[Math.floor(Math.random() * 16)]).join("");
  const version = await createVersion(prisma, { licenseIds: [license.id], sha256 });
  const legal = await createUser(prisma, { roles: ["LEGAL_REVIEWER"] });
  const { approvalId } = await prisma.$transaction((tx) =>
    grantApproval(
      tx,
      { id: legal.id, label: legal.email },
      { versionId: version.id, uses: ["COMMERCIAL_OUTPUTS"], reviewBy: new Date(Date.now() + 30 * 86_400_000) },
    ),
  );
  return { approvalId, versionId: version.id, sha256, legal };
}

describe("revoking an approval", () => {
  it("records the revocation with its reason and audit event, and the file is no longer approved", async () => {
    const { approvalId, sha256, legal } = await approvedVersion();
    expect((await lookupBySha256(prisma, { sha256 }))[0]!.approvedUses).toEqual(["COMMERCIAL_OUTPUTS"]);

    await revokeApproval(
      actorOf(legal, ["LEGAL_REVIEWER"]),
      revokeApprovalSchema.parse({ approvalId, reason: "The license grant was withdrawn by the publisher." }),
    );

    const row = await prisma.approval.findUniqueOrThrow({ where: { id: approvalId } });
    expect(row).toMatchObject({ status: "REVOKED", revokedReason: "The license grant was withdrawn by the publisher.", revokedById: legal.id });
    const events = await prisma.auditEvent.findMany({ where: { subjectId: approvalId, action: "approval.revoked" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: legal.id, before: { status: "ACTIVE" }, after: { status: "REVOKED" } });
    expect((await lookupBySha256(prisma, { sha256 }))[0]!.approvedUses).toEqual([]);
  });

  it("refuses a technical reviewer and writes nothing", async () => {
    const { approvalId } = await approvedVersion();
    const tech = await createUser(prisma, { roles: ["TECH_REVIEWER"] });
    const before = await prisma.auditEvent.count();
    await expect(
      revokeApproval(actorOf(tech, ["TECH_REVIEWER"]), revokeApprovalSchema.parse({ approvalId, reason: "I do not like this model at all." })),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: approvalId } })).status).toBe("ACTIVE");
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  it("refuses a second revocation of the same approval", async () => {
    const { approvalId, legal } = await approvedVersion();
    const input = revokeApprovalSchema.parse({ approvalId, reason: "Withdrawn grant, recorded twice." });
    const results = await Promise.allSettled([
      revokeApproval(actorOf(legal, ["LEGAL_REVIEWER"]), input),
      revokeApproval(actorOf(legal, ["LEGAL_REVIEWER"]), input),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { subjectId: approvalId, action: "approval.revoked" } })).toBe(1);
  });

  it("asks for a real reason", () => {
    const parsed = revokeApprovalSchema.safeParse({ approvalId: "00000000-0000-4000-8000-000000000000", reason: "meh" });
    expect(parsed.success).toBe(false);
  });
});

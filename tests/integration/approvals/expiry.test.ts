import { describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { expireDueApprovals } from "@/lib/server/approvals/expire-approvals";
import { createLicense, createUser, createVersion } from "@/tests/support/catalog-fixtures";

const DAY = 86_400_000;

async function approvalOfNewVersion(reviewBy: Date, waiverExpiresAt?: Date) {
  const license = await createLicense(prisma, { COMMERCIAL_OUTPUTS: "UNKNOWN" });
  const version = await createVersion(prisma, { licenseIds: [license.id] });
  const legal = await createUser(prisma, { roles: ["LEGAL_REVIEWER"] });
  const uses = waiverExpiresAt ? (["RESEARCH", "COMMERCIAL_OUTPUTS"] as const) : (["RESEARCH"] as const);
  const { approvalId } = await prisma.$transaction((tx) =>
    grantApproval(
      tx,
      { id: legal.id, label: legal.email },
      {
        versionId: version.id,
        uses: [...uses],
        reviewBy,
        waivers: waiverExpiresAt
          ? [
              {
                use: "COMMERCIAL_OUTPUTS",
                reason: "LEGAL_OPINION",
                comment: "Counsel reviewed the license text",
                expiresAt: waiverExpiresAt,
                grantedById: legal.id,
              },
            ]
          : [],
      },
    ),
  );
  return approvalId;
}

describe("expiry of approvals", () => {
  it("records approvals past review-by, or with an expired waiver, as EXPIRED with one audit event each", async () => {
    const now = new Date();
    const pastReviewBy = await approvalOfNewVersion(new Date(now.getTime() + DAY));
    const waiverLapsed = await approvalOfNewVersion(new Date(now.getTime() + 90 * DAY), new Date(now.getTime() + 2 * DAY));
    const stillGood = await approvalOfNewVersion(new Date(now.getTime() + 90 * DAY), new Date(now.getTime() + 60 * DAY));

    const later = new Date(now.getTime() + 3 * DAY);
    const outcomes = await expireDueApprovals(prisma, later);
    const ids = outcomes.map((outcome) => outcome.approvalId);
    expect(ids).toEqual(expect.arrayContaining([pastReviewBy, waiverLapsed]));
    expect(ids).not.toContain(stillGood);
    expect(outcomes.find((outcome) => outcome.approvalId === waiverLapsed)!.reasons.join()).toMatch(/waiver for Commercial outputs expired/);

    const rows = await prisma.approval.findMany({ where: { id: { in: [pastReviewBy, waiverLapsed, stillGood] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(rows.map((row) => [row.id, row.status]))).toEqual({
      [pastReviewBy]: "EXPIRED",
      [waiverLapsed]: "EXPIRED",
      [stillGood]: "ACTIVE",
    });
    for (const id of [pastReviewBy, waiverLapsed]) {
      const events = await prisma.auditEvent.findMany({
        where: { subjectId: id, action: "approval.expired" },
        select: { actorLabel: true, before: true, after: true },
      });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actorLabel: "system", before: { status: "ACTIVE" }, after: { status: "EXPIRED" } });
    }
    const again = (await expireDueApprovals(prisma, later)).map((outcome) => outcome.approvalId);
    expect(again).not.toContain(pastReviewBy);
    expect(again).not.toContain(waiverLapsed);
  });

  it("is safe to run from several instances at once: each approval expires once", async () => {
    const now = new Date();
    const approvals = await Promise.all(Array.from({ length: 5 }, () => approvalOfNewVersion(new Date(now.getTime() + DAY))));
    const instances = [createPrismaClient(inject("databaseUrl")), createPrismaClient(inject("databaseUrl")), createPrismaClient(inject("databaseUrl"))];
    try {
      const later = new Date(now.getTime() + 2 * DAY);
      const results = await Promise.all(instances.map((client) => expireDueApprovals(client, later)));
      const expiredIds = results
        .flat()
        .map((outcome) => outcome.approvalId)
        .filter((id) => approvals.includes(id));
      expect(expiredIds.sort()).toEqual([...approvals].sort());
      const events = await prisma.auditEvent.count({ where: { subjectId: { in: approvals }, action: "approval.expired" } });
      expect(events).toBe(approvals.length);
    } finally {
      await Promise.all(instances.map((client) => client.$disconnect()));
    }
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { EMPTY_BROWSE_QUERY } from "@/lib/catalog/browse-query";
import { dayKey, monthKey } from "@/lib/overview/calendar";
import { QUEUE_AGES } from "@/lib/schemas/review";
import { getApprovalsReport } from "@/lib/server/audit/approvals-report";
import { browseCatalog } from "@/lib/server/catalog/browse";
import { prisma } from "@/lib/server/db/prisma";
import { countApprovedVersionsByUse } from "@/lib/server/overview/approvals-by-use";
import { getExpiryTimeline } from "@/lib/server/overview/expiring-approvals";
import { getGrantsPerMonth } from "@/lib/server/overview/grants-per-month";
import { getLicenceMix } from "@/lib/server/overview/licence-mix";
import { getLineageViolations } from "@/lib/server/overview/lineage-violations";
import { getReviewBacklog } from "@/lib/server/overview/review-backlog";
import { getOverview } from "@/lib/server/overview/overview";
import { listReviewQueue } from "@/lib/server/reviews/queue";
import { createPerson, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion } from "../catalog/support";
import { createWorld, submitRequest, type World } from "../reviews/world";

// Every number of the overview against the list it links to. Other test files write to the same
// database meanwhile: catalogue counts are compared inside one REPEATABLE READ snapshot; the lists
// that read through the app's own client (the queue, the report) are compared when the overview reads
// the same before and after them.

const DAY = 86_400_000;
let admin: Person;
let world: World;
let licence: { key: string; licenseId: string };
let parent: { versionId: string; name: string };
let tune: { versionId: string; name: string };
const reviewBy = new Date(Date.now() + 10 * DAY);
const waiverExpiresAt = new Date(Date.now() + 30 * DAY);
let oldRequestId: string;

const snapshot = <T>(run: (tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0]) => Promise<T>) =>
  prisma.$transaction(run, { isolationLevel: "RepeatableRead", timeout: 60_000, maxWait: 60_000 });

/** Reads `overview` until it is the same before and after `list`, then returns both. */
async function stable<O, L>(overview: () => Promise<O>, list: (value: O) => Promise<L>): Promise<{ value: O; listed: L }> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const before = await overview();
    const listed = await list(before);
    const after = await overview();
    if (JSON.stringify(before) === JSON.stringify(after)) return { value: before, listed };
  }
  throw new Error("the database kept changing under the comparison");
}

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  world = await createWorld();
  const architectureKey = await createArchitecture();
  const created = await newLicense(admin, { RESEARCH: "ALLOWED", INTERNAL_EXPLORATION: "ALLOWED", COMMERCIAL_OUTPUTS: "UNKNOWN" });
  licence = { key: created.key, licenseId: created.licenseId };
  parent = await newVersion(admin, {
    architectureKey,
    licenseIds: [licence.licenseId],
    creatorTerms: { allowCommercialUse: ["IMAGE"], allowNoCredit: "yes", allowDerivatives: "no" },
  });
  tune = await newVersion(admin, { architectureKey, parents: [{ id: parent.versionId }] });
  await approve(parent.versionId, ["RESEARCH", "COMMERCIAL_OUTPUTS"], { grantedById: admin.user.id, reviewBy, waiverExpiresAt });
  // Two requests waiting, one of them for ten days.
  await submitRequest(world);
  ({ requestId: oldRequestId } = await submitRequest(world));
  await prisma.reviewRequest.update({ where: { id: oldRequestId }, data: { submittedAt: new Date(Date.now() - 10 * DAY) } });
});

describe("the overview's catalogue side", () => {
  it("counts per use the versions browse lists for ?approved=USE", async () => {
    await snapshot(async (tx) => {
      const counts = await countApprovedVersionsByUse(tx);
      for (const { use, count } of counts) {
        const browse = await browseCatalog(tx, { ...EMPTY_BROWSE_QUERY, approved: [use] });
        expect(browse.totalCapped).toBe(false);
        expect(count, use).toBe(browse.total);
      }
      expect(counts.find((entry) => entry.use === "RESEARCH")!.count).toBeGreaterThanOrEqual(1);
    });
  });

  it("counts per licence the versions browse lists for ?license=KEY, inherited layers included", async () => {
    await snapshot(async (tx) => {
      const mix = await getLicenceMix(tx);
      for (const { key, count } of mix.licences) {
        expect(count, key).toBe((await browseCatalog(tx, { ...EMPTY_BROWSE_QUERY, license: key })).total);
      }
      // This file's licence: its own version and the fine-tune that inherits it.
      expect(mix.licences.find((entry) => entry.key === licence.key)?.count).toBe(2);
      expect(mix.versions).toBe((await browseCatalog(tx, EMPTY_BROWSE_QUERY)).total);
    });
  });

  it("lists the versions with lineage violations, the most first", async () => {
    await snapshot(async (tx) => {
      const violations = await getLineageViolations(tx);
      expect(violations.versions).toBe(await tx.versionSummary.count({ where: { violationCount: { gt: 0 } } }));
      const counts = violations.listed.map((entry) => entry.violations);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      // A fine-tune of a version whose creator forbids derivatives.
      expect((await tx.versionSummary.findUniqueOrThrow({ where: { versionId: tune.versionId } })).violationCount).toBeGreaterThan(0);
      if (violations.versions <= violations.listed.length) expect(violations.listed.map((entry) => entry.versionId)).toContain(tune.versionId);
    });
  });
});

describe("the overview's process side", () => {
  it("counts the waiting requests as the review queue lists them, by age and by capacity", async () => {
    const { value: backlog, listed } = await stable(
      () => getReviewBacklog(prisma),
      async () => ({
        waiting: (await listReviewQueue({ status: "open", page: 1 }, admin.user.id)).total,
        legal: (await listReviewQueue({ status: "open", waiting: "legal", page: 1 }, admin.user.id)).total,
        technical: (await listReviewQueue({ status: "open", waiting: "technical", page: 1 }, admin.user.id)).total,
        aged: await Promise.all(QUEUE_AGES.map(async (days) => (await listReviewQueue({ status: "open", olderThan: days, page: 1 }, admin.user.id)).total)),
      }),
    );
    expect(backlog.waiting).toBe(listed.waiting);
    expect(backlog.waitingOn).toEqual({ legal: listed.legal, technical: listed.technical });
    expect(backlog.olderThan.map((entry) => entry.count)).toEqual(listed.aged);
    expect(backlog.waiting).toBeGreaterThanOrEqual(2);
    expect(backlog.olderThan.find((entry) => entry.days === 7)!.count).toBeGreaterThanOrEqual(1);
    expect(backlog.oldestWaitingDays).toBeGreaterThanOrEqual(10);
  });

  it("counts per week what the approvals report lists for ?expiring=review|waiver&from&to", async () => {
    const now = new Date();
    const { value: weeks, listed } = await stable(
      () => getExpiryTimeline(prisma, now),
      (timeline) =>
        Promise.all(
          timeline.map(async (week) => ({
            reviews: await getApprovalsReport({ expiring: "review", from: week.from, to: week.to }, 1),
            waivers: await getApprovalsReport({ expiring: "waiver", from: week.from, to: week.to }, 1),
          })),
        ),
    );
    expect(weeks).toHaveLength(13);
    weeks.forEach((week, index) => {
      expect(week.reviews, `reviews ${week.from}`).toBe(listed[index]!.reviews.total);
      expect(week.waivers, `waivers ${week.from}`).toBe(listed[index]!.waivers.total);
    });
    const reviewWeek = weeks.findIndex((week) => week.from <= dayKey(reviewBy) && dayKey(reviewBy) <= week.to);
    const waiverWeek = weeks.findIndex((week) => week.from <= dayKey(waiverExpiresAt) && dayKey(waiverExpiresAt) <= week.to);
    expect(listed[reviewWeek]!.reviews.entries.map((entry) => entry.versionId)).toContain(parent.versionId);
    expect(listed[waiverWeek]!.waivers.entries.map((entry) => entry.versionId)).toContain(parent.versionId);
  });

  it("counts per month the approvals the report lists for ?granted=YYYY-MM", async () => {
    const now = new Date();
    const { value: months, listed } = await stable(
      () => getGrantsPerMonth(prisma, now),
      (counts) => Promise.all(counts.map(async ({ month }) => (await getApprovalsReport({ granted: month }, 1)).total)),
    );
    expect(months).toHaveLength(12);
    expect(months.map((month) => month.count)).toEqual(listed);
    expect(months.at(-1)).toMatchObject({ month: monthKey(now) });
    expect(months.at(-1)!.count).toBeGreaterThanOrEqual(1);
  });

  it("is for reviewers, auditors and admins; a member gets the catalogue side only", async () => {
    expect((await getOverview(admin.actor)).process).not.toBeNull();
    expect((await getOverview(world.legal.actor)).process).not.toBeNull();
    const member = await getOverview(world.member.actor);
    expect(member.process).toBeNull();
    expect(member.approvedByUse).toHaveLength(7);
  });
});

import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { startServer, type RunningServer } from "@/scripts/lib/app-server";
import { freePort } from "@/scripts/lib/port";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";
import { createLicense, createVersion } from "@/tests/support/catalog-fixtures";
import { pageFor, revokeOnDetailPage, signOff, submitNewVersion, uniqueName } from "./review-support";
import { DEMO, expect, test } from "./support/fixtures";
import { e2eRun } from "./support/e2e-run";

// Two app instances — two `next start` processes of this run's production build, each with its own
// in-process catalogue cache — on one PostgreSQL database, as behind a load balancer: a change made
// through A shows on B at B's next page load although B had just served (and cached) that page, and
// an approval reads as expired on B once its review-by date passes with no write at all.

const DAY = 24 * 60 * 60 * 1000;

let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let prisma: PrismaClient;
const servers: RunningServer[] = [];
let a: RunningServer;
let b: RunningServer;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  database = await createScratchDatabase("two_instances_e2e");
  await prepareDatabase(database.url, { seed: "if-empty" });
  prisma = createPrismaClient(database.url, { maxConnections: 2 });
  const secret = randomBytes(32).toString("base64url");
  for (let index = 0; index < 2; index += 1) {
    servers.push(await startServer({ port: await freePort(), databaseUrl: database.url, secret, poolSize: 4, distDir: e2eRun().distDir, benchRoutes: false }));
  }
  [a, b] = servers as [RunningServer, RunningServer];
});

test.afterAll(async () => {
  for (const server of servers) await server.stop();
  await prisma?.$disconnect();
  await database?.drop();
});

const pageOn = (browser: Browser, server: RunningServer, user: { email: string; password: string }) => pageFor(browser, user, "/", server.baseUrl);

const rowOf = (page: Page, name: string) =>
  page
    .getByRole("table", { name: "Checkpoint versions" })
    .locator("tbody tr")
    .filter({ has: page.getByRole("link", { name, exact: true }) });

/** A catalogued version under a permissive licence, approved for research for every team until `reviewBy`. */
async function approvedVersion(reviewBy: Date): Promise<{ id: string; name: string }> {
  const license = await createLicense(prisma);
  const version = await createVersion(prisma, { licenseIds: [license.id], name: uniqueName("Two instances") });
  await prisma.$transaction(async (tx) => {
    await grantApproval(tx, SYSTEM_ACTOR, { versionId: version.id, uses: ["RESEARCH"], teamId: null, reviewBy });
    await syncVersionSummaries(tx, [version.id]);
  });
  return version;
}

test("a revocation and a grant made on instance A show on instance B at its next page load", async ({ browser }) => {
  test.setTimeout(300_000); // four people signing in on two extra servers, and a two-person review
  const subject = await approvedVersion(new Date(Date.now() + 90 * DAY));
  const search = `/?q=${encodeURIComponent(subject.name)}`;
  const approvedSearch = `${search}&approved=RESEARCH`;

  const onB = await pageOn(browser, b, DEMO.member);
  await onB.goto(search);
  await expect(rowOf(onB, subject.name)).toContainText("Approved");
  await expect(rowOf(onB, subject.name).getByRole("list", { name: "Approved uses" })).toContainText("Research: approved");
  await onB.goto(approvedSearch);
  await expect(rowOf(onB, subject.name)).toHaveCount(1);

  // A legal reviewer revokes it through instance A's page.
  const legalOnA = await pageOn(browser, a, DEMO.legal);
  await revokeOnDetailPage(legalOnA, subject.id);

  await onB.goto(search);
  await expect(rowOf(onB, subject.name)).toContainText("Revoked");
  await expect(rowOf(onB, subject.name)).toContainText("No approved uses");
  await onB.goto(approvedSearch);
  await expect(rowOf(onB, subject.name)).toHaveCount(0);
  await expect(onB.getByText("No checkpoint matches")).toBeVisible();

  // A new checkpoint, submitted and signed off by two reviewers on A: B had served its search empty.
  const granted = uniqueName("Granted on A");
  const grantedSearch = `/?q=${encodeURIComponent(granted)}`;
  await onB.goto(grantedSearch);
  await expect(onB.getByText("No checkpoint matches")).toBeVisible();

  const memberOnA = await pageOn(browser, a, DEMO.member);
  const requestId = await submitNewVersion(memberOnA, { name: granted, uses: ["RESEARCH"] });
  await signOff(legalOnA, requestId, { decision: "Approve" });
  const techOnA = await pageOn(browser, a, DEMO.tech);
  await signOff(techOnA, requestId, { decision: "Approve" });
  await expect(techOnA.getByRole("region", { name: "Standing approval" })).toContainText("approved for Research");

  await onB.goto(grantedSearch);
  await expect(rowOf(onB, granted)).toContainText("Approved");
  await expect(rowOf(onB, granted).getByRole("list", { name: "Approved uses" })).toContainText("Research: approved");
  await onB.goto(`${grantedSearch}&approved=RESEARCH`);
  await expect(rowOf(onB, granted)).toHaveCount(1);
});

test("an approval whose review-by date passes while B has the page cached reads as expired on B's next load", async ({ browser }) => {
  test.setTimeout(300_000);
  const onB = await pageOn(browser, b, DEMO.member);
  // A short lead, so that B serves (and caches) the page while the approval holds; on a machine too
  // busy for that, again with a longer one. Then it lapses with no write at all.
  for (const lead of [8_000, 30_000, 90_000]) {
    const reviewBy = new Date(Date.now() + lead);
    const subject = await approvedVersion(reviewBy);
    const search = `/?q=${encodeURIComponent(subject.name)}`;
    await onB.goto(search);
    await onB.goto(search);
    const servedBefore = Date.now() < reviewBy.getTime();
    const row = rowOf(onB, subject.name);
    if (!servedBefore || !(await row.textContent())?.includes("Approved")) continue;
    await expect(row.getByRole("list", { name: "Approved uses" })).toContainText("Research: approved");

    // Wait for the instant itself, never for a length of time.
    await expect.poll(() => Date.now() >= reviewBy.getTime(), { timeout: lead + 10_000 }).toBe(true);
    await onB.goto(search);
    await expect(rowOf(onB, subject.name)).toContainText("Expired");
    await expect(rowOf(onB, subject.name).getByRole("list", { name: "Approved uses" })).toContainText("Research: expired");
    await onB.goto(`${search}&approved=RESEARCH`);
    await expect(rowOf(onB, subject.name)).toHaveCount(0);
    return;
  }
  throw new Error("B never served the page before the approval's review-by date, even with a 90-second lead.");
});

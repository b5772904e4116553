import type { Locator, Page } from "@playwright/test";
import { dayKey, monthKey } from "@/lib/overview/calendar";
import { expiryWeeks } from "@/lib/overview/expiry-timeline";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { measureFirstLoadJs } from "@/scripts/bench/lib/first-load-js";
import { createLicense, createVersion } from "@/tests/support/catalog-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { DEMO, expect, signIn, test } from "./support/fixtures";
import { pageFor, submitNewVersion, uniqueName } from "./review-support";

// The overview's numbers are the counts of the lists they link to: seeded data plus what each test
// adds. Other specs change the same database meanwhile, so each comparison is read again until the
// number and the list agree (a change between the two reads), not fixed on the first read.

const DAY = 86_400_000;
const LONG = { timeout: 120_000 };

const numberIn = async (locator: Locator) => Number.parseInt((await locator.innerText()).replace(/,/g, ""), 10);

/** The count a list page states: browse "N versions", the queue "N requests", the report "N approvals". */
async function listTotal(page: Page, noun: "version" | "request" | "approval"): Promise<number> {
  // Browse states it above its results, the queue and the report beside their pagination.
  const where = noun === "version" ? page.getByRole("region", { name: "Results" }) : page.getByRole("navigation", { name: "Pagination" });
  const statement = where.getByText(new RegExp(`^(\\d[\\d,]*) ${noun}s?\\b`)).first();
  await expect(statement).toBeVisible();
  return numberIn(statement);
}

async function openTable(page: Page, panel: string): Promise<Locator> {
  const region = page.getByRole("region", { name: panel });
  await region.getByText("The numbers as a table").click();
  return region;
}

test("the overview's numbers equal the counts of the lists they link to", async ({ page, browser, prisma, createUser }) => {
  test.setTimeout(420_000);
  const legal = await createUser({ roles: ["LEGAL_REVIEWER"] });
  const license = await createLicense(prisma, { COMMERCIAL_OUTPUTS: "UNKNOWN" });
  const version = await createVersion(prisma, { licenseIds: [license.id], name: uniqueName("Overview Portraits") });
  const reviewBy = new Date(Date.now() + 20 * DAY);
  const waiverExpiresAt = new Date(Date.now() + 40 * DAY);
  await prisma.$transaction(
    (tx) =>
      grantApproval(
        tx,
        { id: legal.id, label: legal.email },
        {
          versionId: version.id,
          uses: ["RESEARCH", "COMMERCIAL_OUTPUTS"],
          reviewBy,
          waivers: [
            {
              use: "COMMERCIAL_OUTPUTS",
              reason: "LICENSE_ACQUIRED",
              reference: "PO-overview",
              comment: "e2e: bought a licence",
              expiresAt: waiverExpiresAt,
              grantedById: legal.id,
            },
          ],
        },
      ),
    { timeout: 60_000 },
  );
  // A request waiting for sign-off, submitted through the real form.
  const member = await createUser({ teams: ["creative-studio"], label: "member" });
  const memberPage = await pageFor(browser, member, "/submit");
  await submitNewVersion(memberPage, { name: uniqueName("Overview Waiting"), uses: ["INTERNAL_EXPLORATION"] });
  await memberPage.context().close();

  const admin = await createUser({ roles: ["ADMIN"] });
  await signIn(page, admin, "/overview");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
  await expect(page).toHaveURL(/\/overview$/);

  // Approved now, by use → browse ?approved=USE.
  for (const use of ["RESEARCH", "COMMERCIAL_OUTPUTS"] as const) {
    await expect(async () => {
      await page.goto("/overview");
      const bar = page.locator(`[data-bar="${use}"]`);
      const shown = await numberIn(bar.getByTestId("bar-count"));
      expect(shown).toBeGreaterThanOrEqual(1);
      await bar.getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`/\\?approved=${use}$`));
      expect(await listTotal(page, "version")).toBe(shown);
    }).toPass(LONG);
  }

  // The licence mix → browse ?license=KEY: this test's licence is carried by its one version.
  await page.goto("/overview");
  const licenceBar = page.locator(`[data-bar="${license.key}"]`);
  await expect(licenceBar.getByTestId("bar-count")).toHaveText(/^1\b/);
  await licenceBar.getByRole("link").click();
  await expect(page).toHaveURL(/\/\?license=/);
  expect(await listTotal(page, "version")).toBe(1);
  await expect(page.getByRole("link", { name: version.name })).toBeVisible();

  // Expiring in the next 90 days → the approvals report, for the week of the review-by date and
  // the week of the waiver's expiry.
  // Weeks as the server draws them now (worked out again on a retry, should a day have turned meanwhile).
  const weekOf = (date: Date) => expiryWeeks(new Date()).find((week) => week.from <= dayKey(date) && dayKey(date) <= week.to)!;
  for (const [kind, date] of [
    ["review", reviewBy],
    ["waiver", waiverExpiresAt],
  ] as const) {
    await expect(async () => {
      const week = weekOf(date);
      await page.goto("/overview");
      const region = await openTable(page, "Approvals and waivers expiring in the next 90 days");
      const count = region.getByTestId(`expiring-${kind}-${week.from}`);
      const shown = await numberIn(count);
      expect(shown).toBeGreaterThanOrEqual(1);
      // The chart's column for that week leads to the same list as the table's number.
      const href = await count.getAttribute("href");
      await expect(region.locator(`svg a[href="${href}"]`)).toHaveCount(1);
      await count.click();
      await expect(page).toHaveURL(new RegExp(`/audit/approvals\\?expiring=${kind}&`));
      await expect(page.getByTestId("report-narrowed")).toBeVisible();
      expect(await listTotal(page, "approval")).toBe(shown);
      await expect(page.getByTestId("approval-report-entry").filter({ hasText: version.name })).toHaveCount(1);
    }).toPass(LONG);
  }

  // Granted this month → the approvals report ?granted=YYYY-MM.
  await expect(async () => {
    const month = monthKey(new Date());
    await page.goto("/overview");
    const region = await openTable(page, "Approvals granted per month");
    const count = region.getByTestId(`granted-${month}`);
    const shown = await numberIn(count);
    expect(shown).toBeGreaterThanOrEqual(1);
    await count.click();
    await expect(page).toHaveURL(new RegExp(`/audit/approvals\\?granted=${month}$`));
    expect(await listTotal(page, "approval")).toBe(shown);
  }).toPass(LONG);

  // Requests waiting → the review queue.
  await expect(async () => {
    await page.goto("/overview");
    const shown = await numberIn(page.getByTestId("waiting-count"));
    expect(shown).toBeGreaterThanOrEqual(1);
    await page.getByTestId("waiting-count").click();
    await expect(page).toHaveURL(/\/reviews$/);
    expect(await listTotal(page, "request")).toBe(shown);
  }).toPass(LONG);

  // Lineage violations: the count and the versions listed (all of them, up to ten).
  await page.goto("/overview");
  const violations = page.getByRole("region", { name: "Lineage violations to resolve" });
  const stated = violations.getByTestId("violation-versions");
  if ((await stated.count()) > 0) {
    const total = await numberIn(stated);
    await expect(violations.getByRole("listitem")).toHaveCount(Math.min(total, 10));
  }
});

test("reviewers, auditors and admins see the whole overview, axe-clean; members the catalogue's side", async ({
  page,
  browser,
  createUser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.admin, "/overview");
  await page.goto("/overview");
  for (const panel of [
    "Requests waiting for sign-off",
    "Approvals granted per month",
    "Approvals and waivers expiring in the next 90 days",
    "Approved now, by use",
    "Licence mix of the catalogue",
    "Lineage violations to resolve",
  ]) {
    await expect(page.getByRole("region", { name: panel })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);
  if (process.env.OVERVIEW_SCREENSHOT) await page.screenshot({ path: process.env.OVERVIEW_SCREENSHOT, fullPage: true });
  // The charts are server-rendered SVG: the page ships no script of its own, within the project's
  // first-load budget of 250 KB gzipped (measured as scripts/bench measures browse).
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const firstLoad = await measureFirstLoadJs(baseURL!, "/overview", { cookie });
  testInfo.annotations.push({ type: "first-load JS", description: `${(firstLoad.gzipBytes / 1024).toFixed(1)} KB gzipped in ${firstLoad.scripts} scripts` });
  expect(firstLoad.scripts).toBeGreaterThan(0);
  expect(firstLoad.gzipBytes).toBeLessThanOrEqual(250 * 1024);
  // With the tables open too.
  await openTable(page, "Approvals granted per month");
  await openTable(page, "Approvals and waivers expiring in the next 90 days");
  await expectNoSeriousAxeViolations(page);

  const member = await pageFor(browser, await createUser({ teams: ["creative-studio"], label: "member" }), "/overview");
  await member.goto("/overview");
  await expect(member.getByRole("region", { name: "Approved now, by use" })).toBeVisible();
  await expect(member.getByRole("region", { name: "Licence mix of the catalogue" })).toBeVisible();
  await expect(member.getByRole("region", { name: "Requests waiting for sign-off" })).toHaveCount(0);
  await expect(member.getByRole("region", { name: "Approvals granted per month" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(member);
  await member.context().close();

  // On a phone the page does not scroll sideways: the charts shrink, the tables scroll in their box.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/overview");
  await openTable(page, "Approvals and waivers expiring in the next 90 days");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

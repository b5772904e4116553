import type { Page } from "@playwright/test";
import { seriousAxeViolations } from "./support/axe";
import { expect, signIn, test } from "./support/fixtures";

// Every page of the app, as someone who may see it: axe reports no critical or serious violation,
// and at a phone's width (390 × 844) no page is wider than the screen — wide tables scroll inside
// their own box, never the whole page.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

interface PageUnderTest {
  path: string;
  /** Text the page shows once loaded, so the scan never runs on a half-rendered page. */
  shows: string | RegExp;
}

async function pageWidth(page: Page): Promise<{ scrollWidth: number; viewport: number; culprits: string[] }> {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    // The outermost elements reaching past the screen's edge, to say what makes a page too wide.
    const culprits = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1)
      .filter((element) => {
        for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) {
          if (getComputedStyle(ancestor).overflowX !== "visible") return false; // scrolls or clips inside its own box
        }
        return true;
      })
      .filter((element) => !element.parentElement || element.parentElement.getBoundingClientRect().right <= viewport + 1)
      .slice(0, 5)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${(element.textContent ?? "").trim().slice(0, 40)}`);
    return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits };
  });
}

async function check(page: Page, target: PageUnderTest): Promise<void> {
  await page.setViewportSize(DESKTOP);
  const response = await page.goto(target.path);
  expect(response?.status(), target.path).toBeLessThan(500);
  await expect.soft(page.getByText(target.shows).first(), target.path).toBeVisible();
  expect.soft(await seriousAxeViolations(page), `axe on ${target.path}`).toEqual([]);
  expect.soft(await page.locator("main").count(), `${target.path} has one main landmark`).toBe(1);

  await page.setViewportSize(PHONE);
  await page.reload();
  await expect.soft(page.getByText(target.shows).first(), target.path).toBeVisible();
  const width = await pageWidth(page);
  expect
    .soft(width.scrollWidth, `${target.path} is ${width.scrollWidth} px wide on a ${width.viewport} px screen: ${width.culprits.join("; ")}`)
    .toBeLessThanOrEqual(width.viewport);
  expect.soft(await seriousAxeViolations(page), `axe on ${target.path} at 390 px`).toEqual([]);
}

test.describe("every page", () => {
  // Many pages, each loaded and scanned twice, on a machine that may be busy.
  test.describe.configure({ timeout: 600_000 });

  test("signed out: the sign-in page", async ({ page }) => {
    await check(page, { path: "/sign-in", shows: "Sign in" });
  });

  test("signed in with every role: each page passes axe and fits a phone", async ({ page, createUser, db }) => {
    const everyone = await createUser({ roles: ["ADMIN", "LEGAL_REVIEWER", "TECH_REVIEWER", "AUDITOR"], teams: ["creative-studio"], label: "all-roles" });
    await signIn(page, everyone);

    const one = async (sql: string): Promise<string> => {
      const { rows } = await db.query<{ id: string }>(sql);
      expect(rows[0], sql).toBeDefined();
      return rows[0]!.id;
    };
    const versionId = await one(`SELECT v.id FROM "CheckpointVersion" v JOIN "Checkpoint" c ON c.id = v."checkpointId" WHERE c.slug = 'flux-1-dev' LIMIT 1`);
    const checkpointId = await one(`SELECT id FROM "Checkpoint" WHERE slug = 'flux-1-dev'`);
    const licenseId = await one(`SELECT id FROM "License" ORDER BY name LIMIT 1`);
    const teamId = await one(`SELECT id FROM "Team" WHERE slug = 'creative-studio'`);
    const userId = await one(`SELECT id FROM "User" WHERE email = 'member@example.com'`);
    // An endpoint row for its page (the webhooks spec drives the form; the secret is never shown again).
    const { rows: endpoint } = await db.query<{ id: string }>(
      `INSERT INTO "WebhookEndpoint" (url, description, "eventTypes", "secretEncrypted", "createdById")
       VALUES ('https://hooks.example.com/every-page', 'every-page spec', ARRAY['approval.granted'], 'not-a-real-secret', $1) RETURNING id`,
      [everyone.id],
    );
    const webhookId = endpoint[0]!.id;
    const requestId = await one(`SELECT id FROM "ReviewRequest" ORDER BY "createdAt" LIMIT 1`);

    const pages: PageUnderTest[] = [
      { path: "/", shows: "Checkpoint versions" },
      { path: "/overview", shows: /overview/i },
      { path: "/?arch=SDXL&sort=added", shows: "Checkpoint versions" },
      { path: `/checkpoints/${versionId}`, shows: "FLUX.1 [dev]" },
      { path: "/submit", shows: /Submit/ },
      { path: "/check-image", shows: /image/i },
      { path: "/requests", shows: /request/i },
      { path: "/reviews", shows: /review/i },
      { path: `/reviews/${requestId}`, shows: /review/i },
      { path: "/inbox", shows: /inbox/i },
      { path: "/audit", shows: /audit/i },
      { path: "/audit/approvals", shows: /approval/i },
      { path: "/catalog", shows: /catalog/i },
      { path: `/catalog/checkpoints/${checkpointId}`, shows: "FLUX.1 [dev]" },
      { path: `/catalog/checkpoints/${checkpointId}/versions/new`, shows: /version/i },
      { path: "/catalog/checkpoints/new", shows: /checkpoint/i },
      { path: `/catalog/versions/${versionId}`, shows: "FLUX.1 [dev]" },
      { path: `/catalog/licenses/${licenseId}`, shows: /licen/i },
      { path: "/catalog/licenses/new", shows: /licen/i },
      { path: "/catalog/library", shows: /library/i },
      { path: "/settings/organisation", shows: /organisation/i },
      { path: "/admin/webhooks", shows: /webhook/i },
      { path: `/admin/webhooks/${webhookId}`, shows: "https://hooks.example.com/every-page" },
      { path: "/admin", shows: /admin/i },
      { path: "/admin/users", shows: /user/i },
      { path: "/admin/users/new", shows: /user/i },
      { path: `/admin/users/${userId}`, shows: "member@example.com" },
      { path: "/admin/teams", shows: /team/i },
      { path: `/admin/teams/${teamId}`, shows: /Creative Studio/i },
      { path: "/settings/tokens", shows: /token/i },
      { path: "/docs/api", shows: /API/ },
      { path: "/no-such-page", shows: "Nothing here" },
      { path: "/checkpoints/00000000-0000-4000-8000-000000000000", shows: "Nothing here" },
    ];
    for (const target of pages) await check(page, target);
  });

  test("a page the signed-in user may not see: the 403 page", async ({ page }) => {
    await signIn(page, { email: "member@example.com", password: "checkpoint-member" });
    await check(page, { path: "/audit", shows: "You don’t have access to this page" });
  });
});

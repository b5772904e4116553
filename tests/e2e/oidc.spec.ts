import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { ORG_ROLE_LABELS } from "@/lib/policy/capabilities";
import { expect, test } from "./support/fixtures";
import { OIDC_TEST, oidcEmailFor } from "./support/oidc-provider";

// The app is configured (playwright.config.ts) for the local OpenID provider that
// tests/e2e/global-setup.ts starts, with the allowed email domain oidc.test.

async function signInThroughProvider(page: Page, login: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${OIDC_TEST.displayName}` }).click();
  // The provider's own login page, then its consent page.
  await expect(page).toHaveURL(new RegExp(`^${OIDC_TEST.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("signing in through the local OpenID provider creates an account with no roles", async ({ page }) => {
  const login = `sso-${randomBytes(3).toString("hex")}`;
  await signInThroughProvider(page, login);

  await expect(page).toHaveURL(/localhost:\d+\/$/);
  const header = page.getByTestId("signed-in-user");
  await expect(header).toContainText(`SSO ${login}`);
  for (const role of Object.values(ORG_ROLE_LABELS)) await expect(header).not.toContainText(role); // no role badge
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);

  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
});

test("signing in again through the provider finds the same account", async ({ page, db }) => {
  const login = `sso-${randomBytes(3).toString("hex")}`;
  await signInThroughProvider(page, login);
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto("/sign-in");
  await page.getByRole("button", { name: `Sign in with ${OIDC_TEST.displayName}` }).click();
  // The provider remembers the session and the consent: straight back to the registry.
  await expect(page.getByTestId("signed-in-user")).toContainText(`SSO ${login}`);
  const { rows } = await db.query<{ count: string }>(`SELECT count(*) FROM "User" WHERE email = $1`, [oidcEmailFor(login)]);
  expect(rows[0]!.count).toBe("1");
});

test("an email outside the allowed domain is refused", async ({ page, db }) => {
  const email = `intruder-${randomBytes(3).toString("hex")}@elsewhere.test`;
  await signInThroughProvider(page, email);
  await expect(page).toHaveURL(/\/sign-in\?error=OidcDomain/);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Your single sign-on account is not from an allowed email domain.");
  await expect(page.getByTestId("signed-in-user")).toHaveCount(0);
  const { rows } = await db.query<{ count: string }>(`SELECT count(*) FROM "User" WHERE email = $1`, [email]);
  expect(rows[0]!.count).toBe("0");
});

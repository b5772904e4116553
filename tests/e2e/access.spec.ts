import { randomUUID } from "node:crypto";
import { DEMO, expect, signIn, test } from "./support/fixtures";

const ROLE_OF = { admin: "Admin", legal: "Legal reviewer", tech: "Technical reviewer", auditor: "Auditor" } as const;

for (const [who, role] of Object.entries(ROLE_OF) as [keyof typeof ROLE_OF, string][]) {
  test(`the demo ${who} signs in with the demo password and sees the ${role} role`, async ({ page }) => {
    await signIn(page, DEMO[who]);
    await expect(page.getByTestId("signed-in-user")).toContainText(role);
  });
}

test("anonymous visitors are sent to sign in from the admin and token pages", async ({ page }) => {
  for (const path of ["/admin", "/admin/users", "/settings/tokens"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path).replace(/%/g, "%")}`));
  }
});

test("an auditor cannot open the admin pages, but manages their own tokens", async ({ page, createUser }) => {
  const auditor = await createUser({ roles: ["AUDITOR"] });
  await signIn(page, auditor);
  expect((await page.goto("/admin/teams"))?.status()).toBe(403);
  expect((await page.goto("/settings/tokens"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
});

test("an admin sees the admin area: users, teams, and the catalog", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Users/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Teams/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Catalog and licenses/ })).toHaveAttribute("href", "/catalog");
});

test("an unknown user or team is a helpful 404", async ({ page }) => {
  await signIn(page, DEMO.admin);
  for (const path of [`/admin/users/${randomUUID()}`, "/admin/teams/not-a-team"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Back to the catalog" })).toBeVisible();
  }
});

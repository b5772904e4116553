import { expect, signIn, test } from "./support/fixtures";

test("a user creates an API token, sees it once, uses it on /api/v1, and revokes it", async ({ page, createUser, request }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member, "/settings/tokens");
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  await expect(page.getByText("You have no API tokens yet.")).toBeVisible();

  await page.getByLabel("Name").fill("render farm");
  await expect(page.getByLabel("Expires after")).toHaveValue("90");
  await page.getByLabel("Expires after").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByTestId("new-token");
  await expect(shown).toContainText("this is the only time it is shown");
  await expect(shown.getByRole("button", { name: "Copy" })).toBeVisible();
  const token = await page.getByLabel("New API token").inputValue();
  expect(token).toMatch(/^cpr_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row", { name: /render farm/ });
  await expect(row).toContainText(`${token.slice(0, 10)}…`);
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");

  const withoutToken = await request.get("/api/v1/checkpoints");
  expect(withoutToken.status()).toBe(401);
  expect(await withoutToken.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
  const withToken = await request.get("/api/v1/checkpoints", { headers: { Authorization: `Bearer ${token}` } });
  expect(withToken.status()).toBe(200);

  // Shown once: after a reload only the prefix remains.
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(page.getByRole("row", { name: /render farm/ })).not.toContainText("Never");

  await page.getByRole("button", { name: "Revoke render farm" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke “render farm”?" });
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("row", { name: /render farm/ })).toContainText("Revoked");
  await expect(page.getByRole("button", { name: "Revoke render farm" })).toHaveCount(0);

  const revoked = await request.get("/api/v1/checkpoints", { headers: { Authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);
  expect(await revoked.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
});

test("a token name is required, and the form says so next to the field", async ({ page, createUser }) => {
  const member = await createUser();
  await signIn(page, member, "/settings/tokens");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Name the token, e.g. after the pipeline that uses it.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
});

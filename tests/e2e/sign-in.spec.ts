import { DEMO, expect, signIn, test } from "./support/fixtures";

test("an anonymous visitor is sent to sign in and comes back to the page they asked for", async ({ page }) => {
  await page.goto("/?q=Pony");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(DEMO.member.email);
  await page.getByLabel("Password").fill(DEMO.member.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/\?q=Pony$/);
  await expect(page.getByLabel("Search by name or alias")).toHaveValue("Pony");
});

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  for (const attempt of [
    { email: DEMO.member.email, password: "wrong-password" },
    { email: "nobody-here@example.com", password: "wrong-password" },
  ]) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(attempt.email);
    await page.getByLabel("Password").fill(attempt.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Email or password is incorrect.");
  }
});

test("the header shows who is signed in with their roles, and signing out ends the session", async ({ page }) => {
  await signIn(page, DEMO.legal);
  await expect(page.getByTestId("signed-in-user")).toContainText("Legal reviewer");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
});

import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { pageFor } from "./review-support";
import { expect, signIn, test } from "./support/fixtures";

async function openUser(admin: Page, email: string): Promise<void> {
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await admin.getByRole("link", { name: email }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(admin.getByText(email).first()).toBeVisible();
}

test("a member cannot open the admin pages: 403 page, and no Admin link", async ({ page, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  for (const path of ["/admin", "/admin/users", "/admin/users/new", "/admin/teams"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
  }
});

test("an admin grants Legal reviewer, and the user sees the review queue link on their next page view", async ({ page, browser, createUser }) => {
  const admin = await createUser({ roles: ["ADMIN"] });
  const person = await createUser({ teams: ["creative-studio"] });
  const personPage = await pageFor(browser, person);
  const nav = personPage.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Review queue" })).toHaveCount(0);

  await signIn(page, admin, "/admin");
  await page.getByRole("link", { name: /^Users/ }).click();
  await openUser(page, person.email);
  await page.getByRole("button", { name: "Grant Legal reviewer" }).click();
  await expect(page.getByRole("button", { name: "Remove Legal reviewer" })).toBeVisible();

  await personPage.reload();
  await expect(nav.getByRole("link", { name: "Review queue" })).toBeVisible();
  await expect(personPage.getByTestId("signed-in-user")).toContainText("Legal reviewer");
  await personPage.context().close();
});

test("a deactivated user is signed out on their next request, and cannot sign in again", async ({ page, browser, createUser }) => {
  const admin = await createUser({ roles: ["ADMIN"] });
  const person = await createUser({ teams: ["creative-studio"] });
  const personPage = await pageFor(browser, person);

  await signIn(page, admin);
  await openUser(page, person.email);
  await page.getByRole("button", { name: "Deactivate user" }).click();
  const dialog = page.getByRole("dialog", { name: `Deactivate ${person.email}?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText("Deactivated since")).toBeVisible();

  await personPage.goto("/");
  await expect(personPage).toHaveURL(/\/sign-in\?error=SessionEnded/);
  await expect(personPage.getByRole("alert").filter({ hasText: /\S/ })).toContainText("Your session has ended");
  await expect(personPage.getByTestId("signed-in-user")).toHaveCount(0);

  await personPage.getByLabel("Email").fill(person.email);
  await personPage.getByLabel("Password").fill(person.password);
  await personPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(personPage.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Email or password is incorrect.");
  await personPage.context().close();
});

test("cancelling the confirmation leaves the user active", async ({ page, createUser }) => {
  const admin = await createUser({ roles: ["ADMIN"] });
  const person = await createUser();
  await signIn(page, admin);
  await openUser(page, person.email);
  await page.getByRole("button", { name: "Deactivate user" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await page.reload();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
});

test("an admin creates a user with an initial password, who can then sign in with their roles and team", async ({ page, browser, createUser }) => {
  const admin = await createUser({ roles: ["ADMIN"] });
  const email = `created-${randomBytes(3).toString("hex")}@e2e.test`;
  await signIn(page, admin, "/admin/users/new");

  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("textbox", { name: "Name (optional)" }).fill("Created Person");
  await page.getByLabel("Initial password", { exact: true }).fill("short");
  await page.getByRole("checkbox", { name: "Auditor" }).check();
  await page.getByRole("checkbox", { name: "Creative Studio" }).check();
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(email);

  await page.getByLabel("Initial password", { exact: true }).fill("a long initial password");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("User created.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Created Person" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Remove Auditor" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Creative Studio" })).toBeVisible();

  const created = await pageFor(browser, { id: "", email, password: "a long initial password", name: "Created Person" });
  await expect(created.getByTestId("signed-in-user")).toContainText("Auditor");
  await expect(created.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Submit" })).toBeVisible();
  await created.context().close();
});

test("an admin creates a team, adds a member by email, renames it, and removes the member", async ({ page, createUser }) => {
  const admin = await createUser({ roles: ["ADMIN"] });
  const person = await createUser();
  const name = `Render Farm ${randomBytes(3).toString("hex")}`;
  await signIn(page, admin, "/admin/teams");

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByText("Team created.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("No members yet.")).toBeVisible();

  await page.getByLabel("Add member by email").fill("nobody-at-all@e2e.test");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("No user has this email. Create the user first.")).toBeVisible();
  await page.getByLabel("Add member by email").fill(person.email);
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("link", { name: person.email })).toBeVisible();

  await page.getByLabel("Team name").fill(`${name} EU`);
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} EU` })).toBeVisible();

  await page.getByRole("button", { name: `Remove ${person.email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove from team" }).click();
  await expect(page.getByText("No members yet.")).toBeVisible();
});

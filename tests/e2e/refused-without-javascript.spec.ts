import { randomBytes } from "node:crypto";
import { sendSignOff, submitNewVersion, unhydratedContextFor, uniqueName } from "./review-support";
import { expect, signIn, test } from "./support/fixtures";

// Without JavaScript (a bundle that failed to load, a locked-down browser), a form posts to its
// server action and the page that comes back is rendered afresh. When the action refuses the input,
// that page must show what the person typed next to the errors — not an emptied form.

test("a refused form posted without JavaScript shows the typed values again, never the password", async ({ browser, createUser }) => {
  const admin = await createUser({ roles: ["ADMIN"] });
  const context = await unhydratedContextFor(browser, admin);
  try {
    const page = await context.newPage();
    const run = randomBytes(3).toString("hex");

    await page.goto("/admin/teams");
    expect(await page.evaluate(() => "next" in window)).toBe(false); // the Next.js client never started
    await page.getByLabel("Name", { exact: true }).fill(`Night Shift ${run}`);
    await page.getByLabel(/^Short name/).fill("Not A Slug!");
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page.getByText("Use lowercase letters, digits and single hyphens")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(`Night Shift ${run}`);
    await expect(page.getByLabel(/^Short name/)).toHaveValue("Not A Slug!");

    await page.goto("/admin/users/new");
    await page.getByLabel("Email").fill(`night-${run}@example.com`);
    await page.getByLabel(/^Name/).fill("Night Person");
    await page.getByLabel("Initial password").fill("short");
    await page.getByRole("checkbox", { name: "Auditor" }).check();
    await page.getByRole("button", { name: "Create user" }).click();
    await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(`night-${run}@example.com`);
    await expect(page.getByLabel(/^Name/)).toHaveValue("Night Person");
    await expect(page.getByRole("checkbox", { name: "Auditor" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Admin" })).not.toBeChecked();
    await expect(page.getByLabel("Initial password")).toHaveValue("");
  } finally {
    await context.close();
  }
});

test("a refused sign-off posted without JavaScript keeps the chosen decision", async ({ page, browser, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  const tech = await createUser({ roles: ["TECH_REVIEWER"] });
  await signIn(page, member);
  const requestId = await submitNewVersion(page, { name: uniqueName("No Script XL"), uses: ["INTERNAL_EXPLORATION"] });

  const context = await unhydratedContextFor(browser, tech);
  try {
    const unhydrated = await context.newPage();
    await unhydrated.goto(`/reviews/${requestId}`);
    await sendSignOff(unhydrated, requestId, { decision: "Request changes" });
    await expect(unhydrated.getByText("A comment is required to reject or request changes")).toBeVisible();
    const refused = unhydrated.getByRole("form", { name: "Your sign-off" });
    await expect(refused.getByRole("radio", { name: "Request changes", exact: true })).toBeChecked();
    await expect(refused.getByLabel(/^Comment/)).toHaveValue("");
  } finally {
    await context.close();
  }
});

import { readFile } from "node:fs/promises";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { DEMO, expect, signIn, test } from "./support/fixtures";
import { uniqueName, useCheckbox } from "./review-support";

// Issue 15, point 2 and 3: a check names the licence that causes it, and the detail page offers
// the approval's notice as a file.

test("the check text naming the licence: a fine-tune of FLUX.1 [dev] asked for as a hosted service", async ({ page, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member, "/submit");
  await page.getByLabel("A new checkpoint or version").check();
  await page.getByLabel("Checkpoint name").fill(uniqueName("Flux Portraits"));
  await page.getByLabel("Version label").fill("v1.0");
  await page.getByLabel("Kind").selectOption("FINETUNE");
  await page.getByLabel("Architecture", { exact: true }).selectOption("FLUX1");
  const parentSearch = page.getByRole("combobox", { name: /^Parents/ });
  await parentSearch.fill("FLUX.1 [dev]");
  await expect(page.getByRole("option", { name: /FLUX\.1 \[dev\] 1\.0/ })).toBeVisible();
  await parentSearch.press("Enter");
  await expect(page.getByRole("list", { name: "Chosen parents" })).toContainText("FLUX.1 [dev] 1.0");
  await useCheckbox(page, "HOSTED_SERVICE").check();

  const checks = page.getByRole("region", { name: "Checks before you send" });
  await expect(checks.locator('[aria-busy="false"]')).toContainText(
    "Hosted service is forbidden by FLUX.1 [dev] Non-Commercial License (licence of FLUX.1 [dev] 1.0): it can be approved only with a waiver from the legal reviewer.",
    { timeout: 30_000 },
  );
});

test("the notice downloaded from the detail page is the notice the page shows", async ({ page }) => {
  await signIn(page, DEMO.member);
  await page.goto("/?q=FLUX.1+%5Bdev%5D");
  await page.getByRole("link", { name: "FLUX.1 [dev]", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("FLUX.1 [dev]");

  const approval = page.getByRole("region", { name: "Approvals" }).getByRole("listitem", { name: "Approval for Creative Studio" }).first();
  const shown = await approval.locator("details pre").textContent();
  expect(shown).toContain("FLUX.1 [dev] 1.0");

  const [download] = await Promise.all([page.waitForEvent("download"), approval.getByRole("link", { name: "Download the notice (Markdown)" }).click()]);
  expect(download.suggestedFilename()).toBe("notice-flux-1-dev-1.0.md");
  const file = await download.path();
  expect(await readFile(file, "utf8")).toBe(shown);
});

test("a base model lists the catalogued fine-tunes and merges that derive from it, linking to them", async ({ page }) => {
  await signIn(page, DEMO.member);
  await page.goto("/?q=Stable+Cascade");
  await page.getByRole("link", { name: "Stable Cascade", exact: true }).click();
  const derived = page.getByRole("region", { name: "Fine-tunes and merges of this model" });
  const summary = derived.getByTestId("descendants-summary");
  await expect(summary).toContainText(/derives? from Stable Cascade 1\.0/);
  // The summary's counts add up to the models listed.
  const counted = [...(await summary.textContent())!.split(" derive")[0]!.matchAll(/(\d+) /g)].reduce((sum, match) => sum + Number(match[1]), 0);
  const list = derived.getByRole("list", { name: "Models derived from this one" });
  await expect(list.getByRole("listitem")).toHaveCount(counted);
  expect(counted).toBeGreaterThan(0);
  await list.getByRole("link", { name: "Cascade Dreams (demo) 1.0" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cascade Dreams (demo)");
});

test("the detail page of an approved base model: approvals with the notice, the lineage graph, the models derived from it", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/?q=Stable+Diffusion+XL");
  await page.getByRole("link", { name: "Stable Diffusion XL", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Stable Diffusion XL");
  await expect(page.getByRole("region", { name: "Approvals" }).getByRole("link", { name: "Download the notice (Markdown)" }).first()).toBeVisible();
  const graph = page.getByRole("region", { name: "Lineage" }).locator(".react-flow");
  await expect(graph.locator("[aria-current=page]")).toHaveText("Stable Diffusion XL 1.0");
  await expect(graph.getByRole("link", { name: "Pony Diffusion V6 XL" })).toBeVisible();
  const derived = page.getByRole("region", { name: "Fine-tunes and merges of this model" });
  await expect(derived.getByRole("list", { name: "Models derived from this one" }).getByRole("link", { name: "Pony Diffusion V6 XL" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // The README's screenshot of the detail page (docs/detail.png) is taken here when DETAIL_SCREENSHOT names a file.
  if (process.env.DETAIL_SCREENSHOT) await page.screenshot({ path: process.env.DETAIL_SCREENSHOT, fullPage: true });
});

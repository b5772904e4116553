import { DEMO, expect, signIn, test } from "./support/fixtures";

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO.member);
});

test("a fine-tune of Stable Cascade shows commercial outputs FORBIDDEN, decided by Stable Cascade's license", async ({ page }) => {
  await page.goto("/?q=Cascade+Dreams");
  await page.getByRole("link", { name: "Cascade Dreams (demo)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Cascade Dreams (demo)");

  const effective = page.getByRole("region", { name: "Effective terms per use" });
  const commercial = effective.locator('tr[data-use="COMMERCIAL_OUTPUTS"]');
  await expect(commercial).toContainText("Forbidden");
  // One deciding licence, named once, though the fine-tune redeclares its base's licence.
  await expect(commercial).toContainText(
    "Stability AI Non-Commercial Research Community License (licence of Cascade Dreams (demo) 1.0 and Stable Cascade 1.0)",
  );
  // The creator's claim of commercial use does not lift the base's FORBIDDEN.
  await expect(commercial).not.toContainText("creator terms of Cascade Dreams");
  await expect(effective.locator('tr[data-use="RESEARCH"]')).toContainText("Allowed");

  const layers = page.getByRole("region", { name: /License layers/ });
  await expect(layers).toContainText("Creator-added terms");
  await expect(layers).toContainText("Stable Cascade 1.0");
});

test("the lineage is drawn as a graph whose nodes link to their pages, with a plain list as well", async ({ page }) => {
  await page.goto("/?q=Cascade+Dreams");
  await page.getByRole("link", { name: "Cascade Dreams (demo)" }).click();
  const lineage = page.getByRole("region", { name: "Lineage" });
  const graph = lineage.locator(".react-flow");
  await expect(graph).toBeVisible();
  await expect(graph.locator("[aria-current=page]")).toHaveText("Cascade Dreams (demo) 1.0");
  // The edge is labelled as the rest of the app writes the relation.
  await expect(graph.locator(".react-flow__edge-text").first()).toHaveText("Fine-tune");

  // Keyboard: the node's link is reachable with Tab and opens the parent's page.
  const parentLink = graph.getByRole("link", { name: "Stable Cascade 1.0" });
  await parentLink.focus();
  await expect(parentLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Stable Cascade");
  await expect(page.getByRole("region", { name: "Lineage" }).getByRole("link", { name: "Cascade Dreams (demo) 1.0" }).first()).toBeVisible();
});

test("a merge of a no-derivatives model shows its lineage violation prominently", async ({ page }) => {
  await page.goto("/?q=Velvet+Anything");
  await page.getByRole("link", { name: "Velvet Anything Mix (demo)" }).click();
  await expect(page.getByRole("region", { name: "Effective terms per use" }).getByRole("alert")).toContainText("which forbids derivatives");
});

test("approvals show their uses, waivers, conditions, review-by date and state; the history lists the seed events", async ({ page }) => {
  await page.goto("/?q=Stable+Diffusion+XL");
  await page.getByRole("link", { name: "Stable Diffusion XL", exact: true }).click();
  const approvals = page.getByRole("region", { name: "Approvals" });
  await expect(approvals).toContainText("Every team");
  await expect(approvals).toContainText("Active");
  await expect(approvals).toContainText("Observe the CreativeML Open RAIL++-M use-based restrictions.");
  await expect(approvals).toContainText(/review by \d{4}-\d{2}-\d{2}/);
  await expect(page.getByRole("region", { name: "History" })).toContainText("approval.granted");

  // A use its licences leave UNKNOWN is approved with a waiver: Pony Diffusion V6 XL's internal exploration, for the studio.
  await page.goto("/?q=Pony");
  await page.getByRole("link", { name: "Pony Diffusion", exact: true }).click();
  const studio = page.getByRole("region", { name: "Approvals" }).getByRole("listitem", { name: "Approval for Creative Studio" });
  await expect(studio).toContainText("Active");
  await expect(studio).toContainText("Waiver: legal opinion (DEMO-LO-002)");
  await expect(studio).toContainText("Internal mood boards only; nothing generated with it leaves the studio.");
});

test("an unknown version id is a 404 page", async ({ page }) => {
  const response = await page.goto("/checkpoints/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
});

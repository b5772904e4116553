import { BASE_CHECKPOINTS } from "@/prisma/seed-data/checkpoints";
import { COMMUNITY_CHECKPOINTS } from "@/prisma/seed-data/community-checkpoints";
import { DEMO, expect, signIn, test } from "./support/fixtures";

const SEED_VERSIONS = [...BASE_CHECKPOINTS, ...COMMUNITY_CHECKPOINTS].flatMap((checkpoint) =>
  checkpoint.versions.map((version) => ({ name: checkpoint.name, version: version.version })),
);

test.beforeEach(async ({ page }) => {
  await signIn(page, DEMO.member);
});

test("the first start lists every seed checkpoint from the source document", async ({ page }) => {
  expect(SEED_VERSIONS.length).toBeGreaterThanOrEqual(12);
  // Searched by name: checkpoints other tests submit to the same database can push seed rows off
  // the first page.
  const rows = page.getByRole("table", { name: "Checkpoint versions" }).getByRole("row");
  for (const name of new Set(SEED_VERSIONS.map((seed) => seed.name))) {
    await page.goto(`/?q=${encodeURIComponent(name)}`);
    for (const seed of SEED_VERSIONS.filter((candidate) => candidate.name === name)) {
      await expect(rows.filter({ hasText: seed.name }).filter({ hasText: seed.version }).first()).toBeVisible();
    }
  }
});

test("a seed checkpoint's detail page shows its lineage and license layer", async ({ page }) => {
  await page.goto("/?q=Illustrious");
  await page.getByRole("row").filter({ hasText: "v2.0" }).getByRole("link", { name: "Illustrious XL" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Illustrious XL");
  await expect(page.getByRole("region", { name: "Lineage" })).toContainText("Illustrious XL v1.0");
  await expect(page.getByRole("region", { name: /License layers/ })).toContainText("CreativeML Open RAIL-M");
  await page.getByRole("navigation", { name: "Versions" }).getByRole("link", { name: "v1.0" }).click();
  await expect(page.getByRole("region", { name: /License layers/ })).toContainText("SDXL license");
});

test("searching for a name that does not exist shows an empty state", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Search by name or alias").fill("no such checkpoint");
  await page.getByLabel("Search by name or alias").press("Enter");
  await expect(page.getByText("No checkpoint matches “no such checkpoint”")).toBeVisible();
});

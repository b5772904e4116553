import { uniqueLabel } from "./catalog-support";
import { DEMO, expect, signIn, test } from "./support/fixtures";

test("an admin catalogs a new fine-tune: checkpoint, version, license layer, parent and creator terms", async ({ page }) => {
  const name = uniqueLabel("Glacier Tune");
  const slug = name.toLowerCase().replace(/ /g, "-");
  await signIn(page, DEMO.admin, "/catalog");
  await page.goto("/catalog");
  await page.getByRole("link", { name: "New checkpoint" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Slug").fill(slug);
  await page.getByLabel("Aliases").fill(`GT ${slug}`);
  await page.getByRole("button", { name: "Create checkpoint" }).click();
  await expect(page.getByText("Checkpoint created.")).toBeVisible();

  await page.getByRole("link", { name: "New version" }).click();
  await page.getByLabel("Version label").fill("v1");
  await page.getByLabel("Kind").selectOption("FINETUNE");
  await page.getByLabel("Architecture").selectOption("STABLE_CASCADE");
  await page.getByRole("button", { name: "Create version" }).click();
  await expect(page.getByText("Version created.")).toBeVisible();

  await page.getByRole("combobox", { name: "Add a license layer" }).selectOption({ label: "Stability AI Non-Commercial Research Community License" });
  await page.getByRole("button", { name: "Add layer" }).click();
  await expect(page.getByRole("region", { name: "License layers" }).getByRole("button", { name: /^Remove Stability AI/ })).toBeVisible();

  await page.getByLabel("Find a parent version").fill("stable cascade");
  await page.getByRole("button", { name: "Find", exact: true }).click();
  const candidate = page.getByRole("form", { name: "Add Stable Cascade 1.0 as a parent" });
  await candidate.getByRole("button", { name: "Add as parent" }).click();
  await expect(page.getByRole("list", { name: "Parents" })).toContainText("Fine-tune of Stable Cascade 1.0");

  const terms = page.getByRole("form", { name: "Creator terms" });
  // The submission's creator-terms fields (components/version-facts), in Civitai's wording.
  await terms.getByRole("group", { name: "Commercial use the creator allows" }).getByLabel("Sell generated images").check();
  await terms.getByRole("group", { name: "Use without crediting the creator" }).getByLabel("Credit required").check();
  await terms.getByRole("button", { name: "Save creator terms" }).click();
  await expect(terms.getByText("Creator terms saved as revision 1.")).toBeVisible();

  await page.getByRole("link", { name: "View its page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  const commercial = page.getByRole("region", { name: "Effective terms per use" }).locator('tr[data-use="COMMERCIAL_OUTPUTS"]');
  await expect(commercial).toContainText("Forbidden");
  await expect(page.getByRole("region", { name: "Effective terms per use" })).toContainText("Credit the creator");
  await expect(page.getByRole("region", { name: "History" })).toContainText("creator_terms.updated");

  await page.goto(`/?q=${encodeURIComponent(`gt ${slug}`)}`);
  await expect(page.getByRole("table", { name: "Checkpoint versions" }).getByRole("link", { name })).toBeVisible();
});

test("a lineage edge that would close a cycle is refused with a clear error next to the parent", async ({ page }) => {
  await signIn(page, DEMO.admin, "/");
  await page.goto("/?q=Pony+Diffusion");
  await page.getByRole("table", { name: "Checkpoint versions" }).getByRole("link", { name: "Pony Diffusion", exact: true }).click();
  await page.waitForURL(/\/checkpoints\/[0-9a-f-]{36}$/);
  const ponyId = page.url().split("/checkpoints/")[1]!;
  // SDXL 1.0 is Pony's parent: making Pony a parent of SDXL would close a cycle.
  await page.goto("/?q=Stable+Diffusion+XL");
  await page.getByRole("link", { name: "Stable Diffusion XL", exact: true }).click();
  await page.getByRole("link", { name: "Edit in the catalog" }).click();
  await page.getByLabel("Find a parent version").fill("pony diffusion");
  await page.getByRole("button", { name: "Find", exact: true }).click();
  const candidate = page.getByRole("form", { name: "Add Pony Diffusion V6 XL as a parent" });
  await candidate.getByRole("button", { name: "Add as parent" }).click();
  await expect(candidate.getByRole("alert")).toContainText(
    "Pony Diffusion V6 XL already derives from Stable Diffusion XL 1.0: making it a parent as well would create a cycle in the lineage.",
  );
  await page.goto(`/checkpoints/${ponyId}`);
  await expect(page.getByRole("region", { name: "Lineage" }).getByRole("link", { name: "Stable Diffusion XL 1.0" }).first()).toBeVisible();
});

test("invalid input comes back with the field's error and the typed values kept", async ({ page }) => {
  await signIn(page, DEMO.admin, "/catalog/checkpoints/new");
  await page.goto("/catalog/checkpoints/new");
  await page.getByLabel("Name").fill("Bad Slug Model");
  await page.getByLabel("Slug").fill("Not A Slug!");
  await page.getByRole("button", { name: "Create checkpoint" }).click();
  await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/Use lower-case letters, digits and single hyphens/);
  await expect(page.getByLabel("Name")).toHaveValue("Bad Slug Model");
  await expect(page.getByRole("form", { name: "New checkpoint" }).getByRole("alert")).toContainText("Please correct the highlighted fields.");
});

test("people without the admin role cannot open the catalog administration", async ({ page }) => {
  await signIn(page, DEMO.legal, "/");
  const response = await page.goto("/catalog");
  expect(response?.status()).toBe(403);
  await page.goto("/?q=Cascade+Dreams");
  await page.getByRole("link", { name: "Cascade Dreams (demo)" }).click();
  await expect(page.getByRole("link", { name: "Edit in the catalog" })).toHaveCount(0);
});

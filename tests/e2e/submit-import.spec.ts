import path from "node:path";
import { expect, signIn, test } from "./support/fixtures";
import { useCheckbox } from "./review-support";

// Importing on /submit from the Civitai / Hugging Face stand-in (playwright.config.ts points the
// app at it): a Civitai fine-tune of SDXL is submitted without typing its parent, licence or
// permissions; a Hugging Face merge (fetched, then dropped as its model card) gets kind MERGE
// with both parents.

const CARD = path.join("tests", "fixtures", "intake", "model-card-tidewater.md");

test("a Civitai fine-tune of SDXL: parent, licence and the four permissions are prefilled and submitted as imported", async ({ page, createUser, db }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member, "/submit");

  await page.getByLabel("Model address, AIR or repo").fill("https://civitai.com/models/921337/aurora-lane-xl?modelVersionId=1840221");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Imported from Civitai");

  await expect(page.getByLabel("Checkpoint name")).toHaveValue("Aurora Lane XL");
  await expect(page.getByTestId("source-checkpointName")).toHaveText("Imported from Civitai: model name");
  await expect(page.getByLabel("Version label")).toHaveValue("v2.0");
  await expect(page.getByLabel("Kind")).toHaveValue("FINETUNE");
  await expect(page.getByLabel("Architecture", { exact: true })).toHaveValue("SDXL");
  await expect(page.getByRole("list", { name: "Chosen parents" })).toHaveText(/Stable Diffusion XL 1\.0/);
  await expect(page.getByTestId("source-parents")).toContainText("Civitai base model “SDXL 1.0”");
  await expect(page.getByRole("checkbox", { name: /^CreativeML Open RAIL\+\+-M/ })).toBeChecked();
  await expect(page.getByTestId("source-licenseIds")).toContainText("Civitai's licence for base model “SDXL 1.0”");

  // The creator's permissions, with the warning about Civitai's defaults next to them.
  await expect(page.getByTestId("creator-terms-source")).toContainText("Imported from Civitai model permissions");
  await expect(page.getByTestId("creator-terms-source")).toContainText("most permissive values as defaults");
  await expect(page.getByLabel(/The creator added permissions/)).toBeChecked();
  const commercial = page.getByRole("group", { name: "Commercial use the creator allows" });
  await expect(commercial.getByRole("checkbox", { name: "Sell generated images" })).toBeChecked();
  await expect(commercial.getByRole("checkbox", { name: "Use on Civitai's generation service" })).toBeChecked();
  await expect(commercial.getByRole("checkbox", { name: "Use on other generation services" })).not.toBeChecked();
  await expect(commercial.getByRole("checkbox", { name: "Sell this model or merges of it" })).not.toBeChecked();
  await expect(commercial.getByRole("checkbox", { name: /^None/ })).not.toBeChecked();
  await expect(page.getByRole("group", { name: "Use without crediting the creator" }).getByLabel("Credit required")).toBeChecked();
  await expect(page.getByRole("group", { name: "Share merges or fine-tunes of it" }).getByLabel("Allowed", { exact: true })).toBeChecked();
  await expect(page.getByRole("group", { name: "Derivatives may use different permissions" }).getByLabel("Must keep these terms")).toBeChecked();
  await expect(page.getByLabel("SHA-256 of the file")).toHaveValue(/^[0-9a-f]{64}$/);
  const sha256 = await page.getByLabel("SHA-256 of the file").inputValue();

  // Every field stays editable: the note says when the submitter changed an imported value.
  await page.getByLabel("Publisher or creator").fill("Lantern Works");
  await expect(page.getByTestId("source-publisher")).toHaveText("Changed by you; imported from Civitai: creator");

  await useCheckbox(page, "INTERNAL_EXPLORATION").check();
  await page.getByLabel("Justification").fill("Painterly key art for the autumn campaign.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.waitForURL(/\/reviews\/[0-9a-f-]{36}\?/);

  // What was stored is what was imported, and the version records where it came from.
  const { rows } = await db.query<{
    id: string;
    allowCommercialUse: string[];
    allowNoCredit: boolean;
    allowDerivatives: boolean;
    allowDifferentLicense: boolean;
    parent: string;
    license: string;
  }>(
    `SELECT v.id, t."allowCommercialUse"::text[] AS "allowCommercialUse", t."allowNoCredit", t."allowDerivatives", t."allowDifferentLicense",
            (SELECT c.name || ' ' || p.version FROM "LineageEdge" e JOIN "CheckpointVersion" p ON p.id = e."parentId" JOIN "Checkpoint" c ON c.id = p."checkpointId" WHERE e."childId" = v.id) AS parent,
            (SELECT l.name FROM "VersionLicense" vl JOIN "License" l ON l.id = vl."licenseId" WHERE vl."versionId" = v.id) AS license
       FROM "CheckpointVersion" v JOIN "CreatorTerms" t ON t."versionId" = v.id WHERE v.sha256 = $1`,
    [sha256],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    allowCommercialUse: ["IMAGE", "RENT_CIVIT"],
    allowNoCredit: false,
    allowDerivatives: true,
    allowDifferentLicense: false,
    parent: "Stable Diffusion XL 1.0",
    license: "CreativeML Open RAIL++-M",
  });

  await page.goto(`/checkpoints/${rows[0]!.id}`);
  const sources = page.getByTestId("fact-sources");
  await expect(sources).toContainText("Imported from Civitai");
  await expect(sources).toContainText("https://civitai.com/models/921337?modelVersionId=1840221");
  await expect(sources.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
});

test("a Hugging Face merge with two base_model entries: kind MERGE with both parents, fetched or from a dropped model card", async ({ page, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member, "/submit");

  // A failure first: a plain message, and the form stays usable by hand.
  await page.getByLabel("Model address, AIR or repo").fill("gated-org/Locked-XL");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-problem")).toContainText("gated on Hugging Face");
  await page.getByLabel("Version label").fill("typed by hand");
  await expect(page.getByLabel("Version label")).toHaveValue("typed by hand");

  await page.getByLabel("Model address, AIR or repo").fill("https://huggingface.co/driftwood-lab/Tidewater-Mix-XL");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-summary")).toContainText("Imported from Hugging Face");
  await expect(page.getByLabel("Kind")).toHaveValue("MERGE");
  await expect(page.getByTestId("source-kind")).toContainText("base_model_relation “merge”");
  const parents = page.getByRole("list", { name: "Chosen parents" });
  await expect(parents).toContainText("Stable Diffusion XL 1.0");
  await expect(parents).toContainText("SDXL Turbo 1.0");
  // The card's licence is the library's Fair AI Public License 1.0-SD, matched by its alias: chosen, not left for an admin to add.
  await expect(page.getByTestId("source-licenseIds")).toContainText("fair-ai-public-license-1.0-sd");
  await expect(page.getByTestId("import-summary")).not.toContainText("Ask an admin to add it");

  // Offline: the same model's card, dropped as README.md after removing a parent by hand.
  await page.getByRole("button", { name: "Remove parent SDXL Turbo 1.0" }).click();
  await expect(parents).not.toContainText("SDXL Turbo");
  await page.getByText("Offline: paste a Civitai JSON or a model card").click();
  await page.getByLabel("or choose a README.md / JSON file").setInputFiles(CARD);
  await expect(page.getByTestId("import-summary")).toContainText("(pasted)");
  await expect(page.getByLabel("Kind")).toHaveValue("MERGE");
  await expect(parents).toContainText("Stable Diffusion XL 1.0");
  await expect(parents).toContainText("SDXL Turbo 1.0");
  await expect(page.getByTestId("source-parents")).toContainText("Model card model-card-tidewater.md: base_model");
});

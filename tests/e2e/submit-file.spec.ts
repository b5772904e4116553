import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createVersion } from "@/tests/support/catalog-fixtures";
import { buildSafetensors, FIXTURES, lengthPrefix, writeLargeSafetensorsFile } from "@/tests/support/safetensors-fixtures";
import { uniqueName } from "./review-support";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { expect, signIn, test } from "./support/fixtures";

// In-browser inspection of large and broken files. Nothing is uploaded: the file is read by the page.

const TMP = path.join("tests", ".tmp", "submit-file");

test.beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
});

test.beforeEach(async ({ page, createUser }) => {
  await signIn(page, await createUser({ teams: ["creative-studio"] }), "/submit");
});

test("a 200 MB file is hashed in the browser: the progress bar finishes with the right SHA-256", async ({ page }, testInfo) => {
  const file = await writeLargeSafetensorsFile(path.join(TMP, `large-${testInfo.workerIndex}.safetensors`), 200 * 1024 * 1024 + 123);
  try {
    await page.getByLabel("Choose a .safetensors file").setInputFiles(file.path);
    const progress = page.getByRole("progressbar");
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
    // The rate only when hashing took a second or more (a fast machine reads 200 MB in less).
    await expect(progress).toHaveAttribute("aria-valuetext", /^100% \(200\.0 MB of 200\.0 MB\)(, \d+ MB\/s)?$/);
    await expect(page.getByText("SHA-256 computed")).toBeVisible();
    await expect(page.getByTestId("computed-sha256")).toHaveText(file.sha256);
    await expect(page.getByLabel("SHA-256 of the file")).toHaveValue(file.sha256);
    await expect(page.getByLabel("File size (bytes)")).toHaveValue(String(file.size));
    await expect(page.getByTestId("inspection-summary")).toContainText("Detected: Stable Diffusion XL");
  } finally {
    rmSync(file.path, { force: true });
  }
});

test("one file control: the drop zone is the file input's label; a small file shows no transfer rate", async ({ page }, testInfo) => {
  const inspector = page.getByRole("region", { name: /Inspect a .safetensors file/ });
  await expect(inspector.locator("input[type=file]")).toHaveCount(1);
  await expect(inspector.getByTestId("drop-zone").locator("input[type=file]")).toHaveCount(1);
  // The file input is the one control (a file input is a button to assistive technology).
  await expect(inspector.getByRole("button")).toHaveCount(1);
  await expect(inspector.getByRole("button", { name: /^Choose a \.safetensors file or drop it here$/ })).toHaveCount(1);

  const file = await writeLargeSafetensorsFile(path.join(TMP, `small-${testInfo.workerIndex}.safetensors`), 4 * 1024 * 1024);
  try {
    await page.getByLabel("Choose a .safetensors file").setInputFiles(file.path);
    await expect(page.getByText("SHA-256 computed")).toBeVisible();
    await expect(page.getByTestId("hash-progress-text")).toHaveText("100% (4.00 MB of 4.00 MB)");
  } finally {
    rmSync(file.path, { force: true });
  }
});

test("a FLUX.1 [dev]-shaped file proposes the catalogued FLUX.1 [dev] as parent, kind fine-tune: one click accepts", async ({ page }, testInfo) => {
  // Until a use is chosen the checks panel asks for one (it has nothing to check the licences against).
  const checks = page.getByRole("region", { name: "Checks before you send" });
  await expect(checks.locator('[aria-busy="false"]')).toContainText("Choose the uses to check");
  await expect(checks).not.toContainText("No findings");

  const file = path.join(TMP, `flux-dev-${testInfo.workerIndex}.safetensors`);
  writeFileSync(file, buildSafetensors(FIXTURES.FLUX_DEV));
  try {
    await page.getByLabel("Choose a .safetensors file").setInputFiles(file);
    await expect(page.getByTestId("inspection-summary")).toContainText("as in FLUX.1 [dev]");
    const proposal = page.getByRole("region", { name: "Suggested from the file" });
    await expect(proposal).toContainText("shaped as in FLUX.1 [dev]");
    await expect(proposal).toContainText("A guess from the shapes alone");
    await expect(proposal.getByTestId("proposed-parents")).toHaveText("FLUX.1 [dev] 1.0");
    await expect(proposal.getByTestId("proposed-kind")).toHaveText("Fine-tune");
    // Proposed, not filled in: the form is untouched until the submitter accepts.
    await expect(page.getByRole("list", { name: "Chosen parents" })).toHaveCount(0);
    await expect(page.getByLabel("Kind")).toHaveValue("");
    await expectNoSeriousAxeViolations(page);

    await proposal.getByRole("button", { name: "Use this parent and kind" }).click();
    await expect(page.getByRole("list", { name: "Chosen parents" })).toHaveText(/^FLUX\.1 \[dev\] 1\.0/);
    await expect(page.getByLabel("Kind")).toHaveValue("FINETUNE");
    await expect(proposal).toHaveCount(0);
    await expect(page.getByText("Parent FLUX.1 [dev] 1.0 added; kind set to fine-tune.")).toBeVisible();

    await page.getByRole("checkbox", { name: /^Internal exploration/ }).check();
    await expect(checks.locator('[aria-busy="false"]')).not.toContainText("Choose the uses to check");
  } finally {
    rmSync(file, { force: true });
  }
});

test("a FLUX.1 [schnell]-shaped file proposes FLUX.1 [schnell]; the proposal can be dismissed", async ({ page }, testInfo) => {
  const file = path.join(TMP, `flux-schnell-${testInfo.workerIndex}.safetensors`);
  writeFileSync(file, buildSafetensors(FIXTURES.FLUX_SCHNELL));
  try {
    await page.getByLabel("Choose a .safetensors file").setInputFiles(file);
    const proposal = page.getByRole("region", { name: "Suggested from the file" });
    await expect(proposal.getByTestId("proposed-parents")).toHaveText("FLUX.1 [schnell] 1.0");
    await proposal.getByRole("button", { name: "Dismiss" }).click();
    await expect(proposal).toHaveCount(0);
    await expect(page.getByRole("list", { name: "Chosen parents" })).toHaveCount(0);
    await expect(page.getByLabel("Kind")).toHaveValue("");
  } finally {
    rmSync(file, { force: true });
  }
});

test("a merge recipe proposes kind merge and the catalogued parents its hashes name; nothing is added before accepting", async ({ page, prisma }, testInfo) => {
  const [primary, secondary] = [randomBytes(32).toString("hex"), randomBytes(32).toString("hex")];
  const a = await createVersion(prisma, { name: uniqueName("Merge Parent A"), sha256: primary });
  const b = await createVersion(prisma, { name: uniqueName("Merge Parent B"), sha256: secondary, kind: "FINETUNE" });
  const file = path.join(TMP, `merge-${testInfo.workerIndex}.safetensors`);
  const recipe = { type: "webui", primary_model_hash: primary, secondary_model_hash: secondary, interp_method: "Weighted sum", multiplier: 0.5 };
  writeFileSync(file, buildSafetensors({ tensors: FIXTURES.SD1.tensors, metadata: { sd_merge_recipe: JSON.stringify(recipe) } }));
  try {
    await page.getByLabel("Choose a .safetensors file").setInputFiles(file);
    const proposal = page.getByRole("region", { name: "Suggested from the file" });
    await expect(proposal).toContainText("merge of 2 models");
    await expect(proposal.getByTestId("proposed-kind")).toHaveText("Merge");
    await expect(proposal.getByTestId("proposed-parents")).toHaveText(`${a.name} 1.0, ${b.name} 1.0`);
    await expect(page.getByRole("list", { name: "Chosen parents" })).toHaveCount(0);
    await expect(page.getByLabel("Kind")).toHaveValue("");

    await proposal.getByRole("button", { name: "Use these parents and kind" }).click();
    const parents = page.getByRole("list", { name: "Chosen parents" });
    await expect(parents).toContainText(`${a.name} 1.0`);
    await expect(parents).toContainText(`${b.name} 1.0`);
    await expect(page.getByLabel("Kind")).toHaveValue("MERGE");
  } finally {
    rmSync(file, { force: true });
  }
});

test("hashing can be cancelled", async ({ page }, testInfo) => {
  const file = await writeLargeSafetensorsFile(path.join(TMP, `cancel-${testInfo.workerIndex}.safetensors`), 1024 * 1024 * 1024);
  try {
    await page.getByLabel("Choose a .safetensors file").setInputFiles(file.path);
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByText("SHA-256 cancelled")).toBeVisible();
    await expect(page.getByRole("button", { name: "Cancel" })).toHaveCount(0);
    await expect(page.getByLabel("SHA-256 of the file")).toHaveValue("");

    // Starting again needs no new pick (browsers ignore picking the same file twice).
    await page.getByRole("button", { name: "Compute SHA-256 again" }).click();
    await expect(page.getByText("Computing SHA-256…")).toBeVisible();
    await expect(page.getByText("SHA-256 computed")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByLabel("SHA-256 of the file")).toHaveValue(file.sha256);
  } finally {
    rmSync(file.path, { force: true });
  }
});

test.describe("files that are not readable safetensors get a clear message", () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ["not safetensors at all", new TextEncoder().encode("This is a plain text file, not a model.\n".repeat(20)), /not a readable safetensors file/],
    ["a header over 100 MB", new Uint8Array([...lengthPrefix(150_000_000), ...new Uint8Array(64)]), /over the 100(\.0)? MB limit/],
    ["a malformed header", new Uint8Array([...lengthPrefix(16), ...new TextEncoder().encode('{"a": [1, 2, 3]'.padEnd(16))]), /header is not valid UTF-8 JSON/],
    ["an empty file", new Uint8Array(0), /too small to be a safetensors file/],
  ];
  for (const [name, bytes, message] of cases) {
    test(name, async ({ page }, testInfo) => {
      const file = path.join(TMP, `${name.replace(/\W+/g, "-")}-${testInfo.workerIndex}.safetensors`);
      writeFileSync(file, bytes);
      try {
        await page.getByLabel("Choose a .safetensors file").setInputFiles(file);
        await expect(page.getByRole("region", { name: /Inspect a .safetensors file/ }).getByRole("alert")).toHaveText(message);
        await expect(page.getByRole("progressbar")).toHaveCount(0);
      } finally {
        rmSync(file, { force: true });
      }
    });
  }
});

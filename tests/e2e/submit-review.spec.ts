import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { generateApiToken } from "@/lib/server/tokens/token-secret";
import { MODELSPEC_SDXL_FIXTURE, MODELSPEC_SDXL_METADATA, writeLargeSafetensorsFile } from "@/tests/support/safetensors-fixtures";
import { expect, signIn, test } from "./support/fixtures";
import { pageFor, signOff, uniqueName, useCheckbox } from "./review-support";

// The whole journey with three people made for this test: a member of Creative Studio drops a
// generated SDXL file, a technical and a legal reviewer approve, and the checkpoint is then
// approved for those uses on the browse page and through the lookup API.

const TMP = path.join("tests", ".tmp", "submit-review");

test("a dropped SDXL file goes from submission through two sign-offs to a standing approval", async ({ page, browser, createUser, db }) => {
  test.setTimeout(180_000);
  const member = await createUser({ teams: ["creative-studio"], label: "member" });
  const tech = await createUser({ roles: ["TECH_REVIEWER"] });
  const legal = await createUser({ roles: ["LEGAL_REVIEWER"] });

  // A generated SDXL-shaped file whose ModelSpec metadata names it uniquely for this run.
  const title = uniqueName("E2E Example XL");
  mkdirSync(TMP, { recursive: true });
  const file = await writeLargeSafetensorsFile(path.join(TMP, `${title.replace(/ /g, "-")}.safetensors`), 16 * 1024 * 1024, {
    ...MODELSPEC_SDXL_FIXTURE,
    metadata: { ...MODELSPEC_SDXL_METADATA, "modelspec.title": title },
  });

  // 1. The member drops the file: the form is pre-filled and the hash computed in the browser.
  await signIn(page, member, "/submit");
  await page.getByLabel("Choose a .safetensors file").setInputFiles(file.path);
  await expect(page.getByTestId("inspection-summary")).toContainText("Detected: Stable Diffusion XL");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(page.getByTestId("computed-sha256")).toHaveText(file.sha256);
  await expect(page.getByLabel("Checkpoint name")).toHaveValue(title);
  await expect(page.getByLabel("Architecture", { exact: true })).toHaveValue("SDXL");
  await expect(page.getByLabel("Publisher or creator")).toHaveValue("Example Studio");
  await expect(page.getByRole("checkbox", { name: /^CreativeML Open RAIL\+\+-M/ })).toBeChecked();
  await expect(page.getByLabel("SHA-256 of the file")).toHaveValue(file.sha256);
  await expect(page.getByLabel("File size (bytes)")).toHaveValue(String(file.size));

  // The rest of the facts the file cannot tell: version, kind, parent (picked with the keyboard).
  await page.getByLabel("Version label").fill("v1.0");
  await page.getByLabel("Kind").selectOption("FINETUNE");
  const parentSearch = page.getByRole("combobox", { name: /^Parents/ });
  await parentSearch.fill("stable diffusion xl");
  await expect(page.getByRole("option", { name: /Stable Diffusion XL 1\.0/ })).toBeVisible();
  await parentSearch.press("Enter");
  await expect(page.getByRole("list", { name: "Chosen parents" })).toContainText("Stable Diffusion XL 1.0");
  await useCheckbox(page, "COMMERCIAL_OUTPUTS").check();
  await useCheckbox(page, "INTERNAL_EXPLORATION").check();
  await page.getByLabel("Justification").fill("Storyboards and key art for the spring campaign.");
  // The checks run before sending: both uses are CONDITIONAL under RAIL++-M (within its use
  // restrictions), so nothing is flagged and no waiver is needed.
  const checks = page.getByRole("region", { name: "Checks before you send" });
  await expect(checks.locator('[aria-busy="false"]')).toContainText("No findings: the checks found nothing to flag.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.waitForURL(/\/reviews\/[0-9a-f-]{36}\?/);
  const requestId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} v1.0`);
  // The reviewers see the same checks, run on what was sent.
  await expect(page.getByText("No findings: the checks found nothing to flag.")).toBeVisible();

  // 2. The member cannot approve their own request: no controls.
  await expect(page.getByRole("form", { name: "Your sign-off" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Record sign-off" })).toHaveCount(0);

  // 3. The technical reviewer approves; the sign-off request is captured to replay it as the member.
  const techPage = await pageFor(browser, tech, `/reviews/${requestId}`);
  const captured = techPage.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await signOff(techPage, requestId, { decision: "Approve" });
  const actionRequest = await captured;

  // 4. ...and the action refuses the member's crafted call with the same body.
  const crafted = await page.request.post(`/reviews/${requestId}`, {
    headers: {
      "next-action": actionRequest.headers()["next-action"]!,
      "content-type": actionRequest.headers()["content-type"]!,
      accept: "text/x-component",
      origin: new URL(page.url()).origin,
    },
    data: actionRequest.postDataBuffer()!,
  });
  const craftedBody = await crafted.text();
  expect(craftedBody).toContain('"code":"FORBIDDEN"');
  expect(craftedBody).not.toContain('"ok":true');
  await page.reload();
  await expect(page.getByTestId("sign-off")).toHaveCount(1);

  // 5. The legal reviewer approves, with a condition of their own (the uses need no waiver; a
  // waived use is the journey of review-outcomes.spec.ts).
  const legalPage = await pageFor(browser, legal, `/reviews/${requestId}`);
  await signOff(legalPage, requestId, {
    decision: "Approve",
    conditions: "Credit Example Studio in the campaign credits",
  });
  const approval = legalPage.getByRole("region", { name: "Standing approval" });
  await expect(approval).toContainText("approved for Internal exploration, Commercial outputs");
  await expect(approval).toContainText("Creative Studio");
  const noticeHref = await approval.getByRole("link", { name: /Download the notice/ }).getAttribute("href");
  const notice = await legalPage.request.get(noticeHref!);
  expect(notice.headers()["content-disposition"]).toContain("attachment");
  const noticeText = await notice.text();
  expect(noticeText).toContain(`NOTICE: ${title} v1.0`);
  expect(noticeText).toContain("USE RESTRICTIONS THAT MUST BE PASSED ON");
  expect(noticeText).toContain("Credit Example Studio in the campaign credits");

  // 6. The member is told, and the browse page shows the approved uses.
  await page.goto("/inbox");
  await expect(page.getByRole("list", { name: "Notifications" })).toContainText(`${title} v1.0 is approved`);
  await page.goto(`/?q=${encodeURIComponent(title)}`);
  const row = page.getByRole("table", { name: "Checkpoint versions" }).getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("Approved");
  const uses = row.getByRole("list", { name: "Approved uses" });
  await expect(uses).toContainText("Commercial outputs: approved");
  await expect(uses).toContainText("Internal exploration: approved");
  await expect(uses).not.toContainText("waiver");

  // 7. The lookup API answers "approved" for the file's SHA-256.
  const token = generateApiToken();
  await db.query(
    `INSERT INTO "ApiToken" ("userId", name, "tokenHash", prefix, scopes, "expiresAt") VALUES ($1, 'e2e lookup', $2, $3, '{}', now() + interval '1 day')`,
    [member.id, token.tokenHash, token.prefix],
  );
  for (const use of ["COMMERCIAL_OUTPUTS", "INTERNAL_EXPLORATION"]) {
    const response = await page.request.get(`/api/v1/lookup?sha256=${file.sha256}&use=${use}&team=creative-studio`, {
      headers: { authorization: `Bearer ${token.token}` },
    });
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ sha256: file.sha256, use, approved: true });
  }
  const other = await page.request.get(`/api/v1/lookup?sha256=${file.sha256}&use=HOSTED_SERVICE`, { headers: { authorization: `Bearer ${token.token}` } });
  expect(await other.json()).toMatchObject({ approved: false });

  rmSync(file.path, { force: true });
});

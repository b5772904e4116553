import { readFileSync } from "node:fs";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { createLicense, createTeam, createVersion } from "@/tests/support/catalog-fixtures";
import { cycloneDxErrors } from "@/tests/support/cyclonedx-schema";
import { expect, signIn, test } from "./support/fixtures";

interface Bom {
  bomFormat: string;
  specVersion: string;
  components: { name: string; type: string; pedigree?: { ancestors: { name: string }[] }; properties?: { name: string; value: string }[] }[];
}

test("the detail page downloads the version's CycloneDX BOM, with its lineage", async ({ page, prisma, createUser }) => {
  test.setTimeout(180_000); // the busy shared machine: several page loads and a download
  const license = await createLicense(prisma, {});
  const base = await createVersion(prisma, { licenseIds: [license.id] });
  const merge = await createVersion(prisma, { licenseIds: [license.id], parentIds: [base.id, (await createVersion(prisma, { licenseIds: [license.id] })).id] });
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member, `/checkpoints/${merge.id}`);
  await page.goto(`/checkpoints/${merge.id}`);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CycloneDX BOM" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.cdx\.json$/);
  const bom = JSON.parse(readFileSync((await file.path())!, "utf8")) as Bom;
  expect(cycloneDxErrors(bom)).toEqual([]);
  expect(bom.components).toHaveLength(1);
  expect(bom.components[0]).toMatchObject({ type: "machine-learning-model", name: merge.name });
  expect(bom.components[0]!.pedigree!.ancestors.map((ancestor) => ancestor.name)).toContain(base.name);
});

test("an auditor downloads the team's BOM from the approvals report: what the team may use now", async ({ page, prisma, createUser }) => {
  test.setTimeout(180_000);
  const auditor = await createUser({ roles: ["AUDITOR"] });
  const team = await createTeam(prisma);
  const license = await createLicense(prisma, {});
  const approved = await createVersion(prisma, { licenseIds: [license.id] });
  await prisma.$transaction(
    (tx) =>
      grantApproval(
        tx,
        { id: auditor.id, label: auditor.email },
        { versionId: approved.id, teamId: team.id, uses: ["HOSTED_SERVICE"], reviewBy: new Date(Date.now() + 30 * 86_400_000) },
      ),
    { timeout: 60_000 }, // Prisma's default 5 s is too short on a busy shared machine
  );

  await signIn(page, auditor, "/audit/approvals");
  await page.goto("/audit/approvals");
  const form = page.getByRole("form", { name: "Download a CycloneDX BOM" });
  await form.getByLabel("Team").selectOption({ value: team.slug });
  await form.getByLabel("Use").selectOption("HOSTED_SERVICE");
  const download = page.waitForEvent("download");
  await form.getByRole("button", { name: "Download CycloneDX BOM" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`approved-${team.slug}-hosted-service-${new Date().toISOString().slice(0, 10)}.cdx.json`);
  const bom = JSON.parse(readFileSync((await file.path())!, "utf8")) as Bom;
  expect(cycloneDxErrors(bom)).toEqual([]);
  const component = bom.components.find((entry) => entry.name === approved.name);
  expect(component?.properties).toContainEqual({ name: "checkpoint-registry:use:HOSTED_SERVICE:approved", value: "true" });
});

test("the API reference page lists every operation of the OpenAPI description", async ({ page, createUser, request }) => {
  const description = await request.get("/api/v1/openapi.json");
  expect(description.status()).toBe(200);
  const document = (await description.json()) as { openapi: string; paths: Record<string, Record<string, { operationId: string; summary: string }>> };
  expect(document.openapi).toBe("3.1.0");

  const member = await createUser();
  await signIn(page, member, "/settings/tokens");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page.getByRole("heading", { name: "Checkpoint Registry API", level: 1 })).toBeVisible();
  for (const [path, item] of Object.entries(document.paths)) {
    await expect(page.getByRole("heading", { name: `/api/v1${path}`, exact: true, level: 2 })).toBeVisible();
    for (const operation of Object.values(item)) await expect(page.locator(`#${operation.operationId}`)).toContainText(operation.summary);
  }
  await expect(page.getByRole("heading", { name: "LookupResponse", level: 3 })).toBeVisible();
});

import { readFile } from "node:fs/promises";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { createLicense, createVersion } from "@/tests/support/catalog-fixtures";
import { DEMO, expect, signIn, test } from "./support/fixtures";

test("an auditor filters the trail to one checkpoint's approvals and downloads them as CSV and JSON", async ({ page, prisma, createUser }) => {
  const legal = await createUser({ roles: ["LEGAL_REVIEWER"] });
  const license = await createLicense(prisma, { COMMERCIAL_OUTPUTS: "UNKNOWN" });
  const version = await createVersion(prisma, { licenseIds: [license.id] });
  const other = await createVersion(prisma, { licenseIds: [license.id] });
  const grant = (versionId: string) =>
    prisma.$transaction((tx) =>
      grantApproval(tx, { id: legal.id, label: legal.email }, { versionId, uses: ["RESEARCH"], reviewBy: new Date(Date.now() + 30 * 86_400_000) }),
    );
  const { approvalId } = await grant(version.id);
  const { approvalId: otherApprovalId } = await grant(other.id);

  const auditor = await createUser({ roles: ["AUDITOR"] });
  await signIn(page, auditor, "/audit");
  await page.goto("/audit");
  await page.getByRole("textbox", { name: "Checkpoint" }).fill(version.name);
  await page.getByLabel("Subject type").selectOption("Approval");
  await page.getByRole("button", { name: "Filter" }).click();

  const rows = page.getByRole("table", { name: "Audit events, newest first" }).getByRole("row");
  await expect(rows.filter({ hasText: "approval.granted" })).toHaveCount(1);
  await expect(rows.filter({ hasText: approvalId })).toHaveCount(1);
  await expect(page.getByText(otherApprovalId)).toHaveCount(0);

  for (const format of ["CSV", "JSON"] as const) {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: format, exact: true }).click()]);
    const text = await readFile((await download.path())!, "utf8");
    expect(text).toContain(approvalId);
    expect(text).toContain("approval.granted");
    expect(text).not.toContain(otherApprovalId);
    if (format === "JSON") {
      const events = JSON.parse(text) as { action: string; subjectId: string }[];
      expect(events.map((event) => [event.action, event.subjectId])).toEqual([["approval.granted", approvalId]]);
    }
  }

  await page.getByRole("button", { name: "Verify chain" }).click();
  await expect(page.getByTestId("verify-result")).toHaveText(/^Audit chain intact: \d+ events checked\.$/);
});

test("a member cannot open the audit trail", async ({ page }) => {
  await signIn(page, DEMO.member);
  const response = await page.goto("/audit");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
  const exportResponse = await page.request.get("/audit/export?format=csv");
  expect(exportResponse.status()).toBe(403);
});

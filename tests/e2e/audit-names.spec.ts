import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { createLicense, createVersion } from "@/tests/support/catalog-fixtures";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { expect, signIn, test } from "./support/fixtures";
import { uniqueName } from "./review-support";

test("audit rows name the checkpoint and the team, with the id one click away; the report speaks in labels; both axe-clean", async ({
  page,
  prisma,
  createUser,
}) => {
  test.setTimeout(180_000);
  const legal = await createUser({ roles: ["LEGAL_REVIEWER"] });
  const license = await createLicense(prisma, { COMMERCIAL_OUTPUTS: "UNKNOWN" });
  const version = await createVersion(prisma, { licenseIds: [license.id], name: uniqueName("Journey Flux Portraits") });
  const team = await prisma.team.findUniqueOrThrow({ where: { slug: "creative-studio" }, select: { id: true } });
  const { approvalId } = await prisma.$transaction(
    (tx) =>
      grantApproval(
        tx,
        { id: legal.id, label: legal.email },
        {
          versionId: version.id,
          teamId: team.id,
          uses: ["COMMERCIAL_OUTPUTS"],
          reviewBy: new Date(Date.now() + 60 * 86_400_000),
          waivers: [
            {
              use: "COMMERCIAL_OUTPUTS",
              reason: "LICENSE_ACQUIRED",
              reference: "PO-names",
              comment: "e2e",
              expiresAt: new Date(Date.now() + 50 * 86_400_000),
              grantedById: legal.id,
            },
          ],
        },
      ),
    { timeout: 60_000 },
  );

  const auditor = await createUser({ roles: ["AUDITOR"] });
  await signIn(page, auditor, "/audit");
  await page.goto(`/audit?checkpoint=${encodeURIComponent(version.name)}`);
  const row = page.getByRole("table", { name: "Audit events, newest first" }).getByRole("row").filter({ hasText: "approval.granted" });
  await expect(row).toHaveCount(1);
  const subject = row.getByRole("link", { name: `approval of ${version.name} 1.0 for Creative Studio` });
  await expect(subject).toBeVisible();
  await expect(row.getByText("Approval", { exact: true })).toBeVisible();
  // The id is one click away.
  await expect(row.getByText(approvalId)).toBeHidden();
  await row.getByText("id", { exact: true }).click();
  await expect(row.getByText(approvalId)).toBeVisible();
  // Subject types read as words in the filter too.
  await expect(page.getByLabel("Subject type").getByRole("option", { name: "Approval", exact: true })).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);

  await subject.click();
  await expect(page).toHaveURL(new RegExp(`/checkpoints/${version.id}$`));

  await page.goto(`/audit/approvals?checkpoint=${encodeURIComponent(version.name)}`);
  const entry = page.getByTestId("approval-report-entry");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Commercial outputs");
  await expect(entry).toContainText("License acquired (e.g. a purchased commercial licence)");
  await expect(entry).not.toContainText("COMMERCIAL_OUTPUTS");
  await expect(entry).not.toContainText("LICENSE_ACQUIRED");
  await expectNoSeriousAxeViolations(page);
});

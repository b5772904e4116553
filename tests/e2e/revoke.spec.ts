import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { createLicense, createVersion } from "@/tests/support/catalog-fixtures";
import { revokeOnDetailPage } from "./review-support";
import { expect, signIn, test } from "./support/fixtures";

test("a legal reviewer revokes an approval with a reason; a member sees no such control", async ({ page, prisma, createUser }) => {
  const legal = await createUser({ roles: ["LEGAL_REVIEWER"] });
  const license = await createLicense(prisma, {});
  const version = await createVersion(prisma, { licenseIds: [license.id] });
  await prisma.$transaction(async (tx) => {
    await grantApproval(
      tx,
      { id: legal.id, label: legal.email },
      { versionId: version.id, uses: ["RESEARCH"], reviewBy: new Date(Date.now() + 30 * 86_400_000) },
    );
    await syncVersionSummaries(tx, [version.id]);
  });

  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member, `/checkpoints/${version.id}`);
  await page.goto(`/checkpoints/${version.id}`);
  await expect(page.getByRole("listitem", { name: "Approval for every team" })).toContainText("Active");
  await expect(page.getByRole("button", { name: "Revoke this approval…" })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, legal, `/checkpoints/${version.id}`);
  // The helper waits for the page to re-render with the approval's new state.
  await revokeOnDetailPage(page, version.id);
  const approval = page.getByRole("listitem", { name: "Approval for every team" });
  await expect(page.getByRole("button", { name: "Revoke this approval…" })).toHaveCount(0);

  await page.reload();
  await expect(approval).toContainText("Revoked");
  await expect(approval).toContainText("The publisher withdrew the license grant.");
});

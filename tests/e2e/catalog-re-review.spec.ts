import { createApprovedLineage, uniqueLabel } from "./catalog-support";
import { DEMO, expect, signIn, test } from "./support/fixtures";

test("an admin edits a license's terms and the dependent approvals show NEEDS_REVIEW, the descendant's too", async ({ page }) => {
  const label = uniqueLabel("Rereview");
  const lineage = await createApprovedLineage(label);

  await signIn(page, DEMO.admin, `/catalog/licenses/${lineage.licenseId}`);
  await page.goto(`/catalog/licenses/${lineage.licenseId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(lineage.licenseName);
  const form = page.getByRole("form", { name: "Change terms" });
  await form.getByLabel("Internal exploration: status").selectOption("CONDITIONAL");
  await form.getByLabel("Internal exploration: condition").fill("Only on company hardware");
  await form.getByRole("button", { name: "Save as revision 2" }).click();
  await expect(form.getByText("Saved as revision 2; the previous revision is kept. 2 approvals relied on the old facts and now need review.")).toBeVisible();
  // The old revision stays for the record.
  const revisions = page.getByRole("region", { name: "Revisions" });
  await expect(revisions).toContainText("Revision 2 (current)");
  await expect(revisions).toContainText("Revision 1 (superseded, kept for the record)");

  for (const [id, name] of [
    [lineage.baseId, `${label} Base`],
    [lineage.childId, `${label} Tune`],
  ] as const) {
    await page.goto(`/checkpoints/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
    const approval = page.getByRole("region", { name: "Approvals" }).getByRole("listitem", { name: "Approval for every team" });
    await expect(approval).toContainText("Needs review");
    await expect(approval).toContainText(`New revision 2 of ${lineage.licenseName}`);
    // The revision's one audit event names the flagged approvals: each version's history shows it.
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("license.version_created");
    await expect(history).toContainText(`New revision 2 of ${lineage.licenseName}. 2 approvals flagged for re-review.`);
  }

  await page.goto(`/?q=${encodeURIComponent(label)}`);
  const rows = page.getByRole("table", { name: "Checkpoint versions" }).locator("tbody tr");
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) {
    await expect(row).toContainText("Needs review");
    await expect(row.getByRole("list", { name: "Approved uses" })).toContainText("Internal exploration: needs review");
  }
});

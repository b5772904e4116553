import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { withDatabase } from "./catalog-support";
import { DEMO, expect, signIn, test } from "./support/fixtures";

// A condition a team settles once: legal records that the organisation meets the Stability AI
// Community License's revenue threshold; SD 3.5 is then usable without a waiver for commercial
// outputs; an approval granted while the fact holds relies on it, and withdrawing the fact flags it.

const CONDITION = "Stability AI revenue threshold and registration";

test("legal records the SD 3.5 revenue condition, SD 3.5 becomes usable without a waiver, and withdrawing it flags the dependent approval", async ({
  page,
}) => {
  await signIn(page, DEMO.legal, "/settings/organisation");
  await page.goto("/settings/organisation");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisation conditions");
  const panel = page.getByRole("region", { name: CONDITION });
  await expect(panel).toContainText("Stability AI Community License");
  await expect(panel.getByTestId("current-stability-community-revenue")).toContainText("Open: no current answer");

  // Before: SD 3.5 is CONDITIONAL on the open revenue condition, so not usable without a waiver.
  const browse = async () => {
    await page.goto("/?q=Stable%20Diffusion%203.5");
    await page.getByLabel("Usable without a waiver for").selectOption("COMMERCIAL_OUTPUTS");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/usable=COMMERCIAL_OUTPUTS/);
    return page.getByRole("table", { name: "Checkpoint versions" });
  };
  await expect(await browse()).toHaveCount(0);
  await expect(page.getByText(/No checkpoint (version )?match/)).toBeVisible();

  await page.goto("/settings/organisation");
  const form = page.getByRole("form", { name: `Record the answer to: ${CONDITION}` });
  await form.getByLabel("Yes, the organisation meets it").check();
  await form.getByLabel("Evidence reference").fill("Stability registration SAI-E2E-1; FY revenue memo");
  await form.getByRole("button", { name: "Record answer" }).click();
  await expect(form.getByText("Recorded.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name: CONDITION }).getByTestId("current-stability-community-revenue")).toContainText(
    "Met — evidence: Stability registration SAI-E2E-1",
  );

  const table = await browse();
  await expect(table.locator("tbody tr")).toHaveCount(1);
  await expect(table.locator("tbody tr")).toContainText("Stable Diffusion 3.5");

  // The detail page shows the condition as met, with the fact and who recorded it.
  await table
    .getByRole("link", { name: /Stable Diffusion 3\.5/ })
    .first()
    .click();
  const commercial = page.locator('tr[data-use="COMMERCIAL_OUTPUTS"]');
  await expect(commercial.locator('[data-condition="stability-community-revenue"]')).toContainText(
    "Met: Stability AI revenue threshold and registration — Stability registration SAI-E2E-1",
  );
  await expect(commercial.locator('[data-condition="stability-community-revenue"]')).toContainText("legal@example.com");
  const versionId = new URL(page.url()).pathname.split("/").pop()!;

  // An approval granted while the fact holds relies on it (the review workflow is exercised elsewhere).
  await withDatabase((db) =>
    db.$transaction(async (tx) => {
      const team = await tx.team.findUniqueOrThrow({ where: { slug: "research-lab" }, select: { id: true } });
      await grantApproval(tx, SYSTEM_ACTOR, { versionId, uses: ["COMMERCIAL_OUTPUTS"], teamId: team.id, reviewBy: new Date(Date.now() + 90 * 86_400_000) });
    }),
  );

  await page.goto("/settings/organisation");
  const withdraw = page.getByRole("form", { name: `Withdraw the answer to: ${CONDITION}` });
  await withdraw.getByLabel("Reason for withdrawing").fill("Revenue passed USD 1M this year.");
  await withdraw.getByRole("button", { name: "Withdraw answer" }).click();
  // The condition is open again; the page says who withdrew it and why.
  await expect(page.getByRole("region", { name: CONDITION }).getByTestId("current-stability-community-revenue")).toContainText(
    "Open: no current answer. Uses that depend on it need a waiver or a recorded answer. The last answer was withdrawn by",
  );
  await expect(page.getByRole("region", { name: CONDITION }).getByTestId("current-stability-community-revenue")).toContainText(
    "Revenue passed USD 1M this year.",
  );

  await page.goto(`/checkpoints/${versionId}`);
  const approval = page.getByRole("region", { name: "Approvals" }).getByRole("listitem", { name: "Approval for Research Lab" });
  await expect(approval).toContainText("Needs review");
  await expect(approval).toContainText("Revenue passed USD 1M this year.");
  await expect(page.locator('tr[data-use="COMMERCIAL_OUTPUTS"] [data-condition="stability-community-revenue"]')).toContainText("Open:");
  await expect((await browse()).locator("tbody tr")).toHaveCount(0);
});

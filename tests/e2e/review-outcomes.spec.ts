import { expect, signIn, test } from "./support/fixtures";
import { pageFor, sendSignOff, signOff, submitNewVersion, uniqueName, useCheckbox } from "./review-support";

// The other ways a review ends: changes requested and resubmitted, a rejection, and a forbidden
// use that only a recorded waiver lets through. Fresh people per test, so runs never collide.

test("REQUEST_CHANGES returns the request; the submitter resubmits and a new round approves it", async ({ page, browser, createUser }) => {
  test.setTimeout(240_000); // three people, two rounds: on a busy machine this journey alone takes minutes
  const member = await createUser({ teams: ["creative-studio"] });
  const tech = await createUser({ roles: ["TECH_REVIEWER"] });
  const legal = await createUser({ roles: ["LEGAL_REVIEWER"] });
  await signIn(page, member);
  const name = uniqueName("Changes XL");
  const requestId = await submitNewVersion(page, { name, uses: ["INTERNAL_EXPLORATION", "HOSTED_SERVICE"] });

  const techPage = await pageFor(browser, tech, `/reviews/${requestId}`);
  await signOff(techPage, requestId, { decision: "Approve" });
  const legalPage = await pageFor(browser, legal, `/reviews/${requestId}`);
  // A comment is required to ask for changes.
  await sendSignOff(legalPage, requestId, { decision: "Request changes" });
  await expect(legalPage.getByText("A comment is required to reject or request changes")).toBeVisible();
  await signOff(legalPage, requestId, { decision: "Request changes", comment: "Drop the hosted service: not covered." });
  await expect(legalPage.getByText("Changes requested", { exact: true })).toBeVisible();

  // The submitter sees it in the inbox and resubmits with fewer uses.
  await page.goto("/inbox");
  await page.getByRole("link", { name: `Changes requested on ${name} v1.0` }).click();
  await page.getByRole("link", { name: "Edit and resubmit" }).click();
  await expect(page.getByText("Drop the hosted service: not covered.")).toBeVisible();
  await useCheckbox(page, "HOSTED_SERVICE").uncheck();
  await page.getByLabel("Justification").fill("Internal concept exploration only, as asked.");
  await page.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(page.getByText("Resubmitted: a new round of review starts.")).toBeVisible();
  await expect(page.getByText("round 2", { exact: true })).toBeVisible();

  // Round 1's technical approval is kept in the history but must be given again.
  await techPage.goto(`/reviews/${requestId}`);
  await expect(techPage.getByText("earlier round: these sign-offs no longer count")).toBeVisible();
  await signOff(techPage, requestId, { decision: "Approve" });
  await legalPage.goto(`/reviews/${requestId}`);
  // Internal exploration is CONDITIONAL under RAIL++-M (within its use restrictions): approved without a waiver.
  await signOff(legalPage, requestId, { decision: "Approve" });
  await expect(legalPage.getByRole("region", { name: "Standing approval" })).toContainText("approved for Internal exploration");
  await expect(legalPage.getByTestId("sign-off")).toHaveCount(4);
});

test("a REJECT ends the request", async ({ page, browser, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  const tech = await createUser({ roles: ["TECH_REVIEWER"] });
  const legal = await createUser({ roles: ["LEGAL_REVIEWER"] });
  await signIn(page, member);
  const requestId = await submitNewVersion(page, { name: uniqueName("Rejected XL"), uses: ["INTERNAL_EXPLORATION"] });

  const techPage = await pageFor(browser, tech, `/reviews/${requestId}`);
  await signOff(techPage, requestId, { decision: "Reject", comment: "The weights' provenance cannot be verified." });
  await expect(techPage.getByText("Rejected", { exact: true })).toBeVisible();

  // Nobody can sign any more, and the submitter can no longer withdraw.
  const legalPage = await pageFor(browser, legal, `/reviews/${requestId}`);
  await expect(legalPage.getByRole("form", { name: "Your sign-off" })).toHaveCount(0);
  await page.goto(`/reviews/${requestId}`);
  await expect(page.getByRole("button", { name: "Withdraw request" })).toHaveCount(0);
  await expect(page.getByText("The weights' provenance cannot be verified.")).toBeVisible();

  // The submitter's inbox has the decision, unread, with a badge; marking all read clears it.
  await expect(page.getByRole("link", { name: "Inbox, 1 unread" })).toBeVisible();
  await page.goto("/inbox");
  const notifications = page.getByRole("list", { name: "Notifications" });
  await expect(notifications).toContainText("was rejected (unread)");
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(page.getByRole("link", { name: "Inbox, 0 unread" })).toBeVisible();
  await expect(notifications).not.toContainText("(unread)");
});

test("the submitter can withdraw a request before it is decided", async ({ page, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member);
  const requestId = await submitNewVersion(page, { name: uniqueName("Withdrawn XL"), uses: ["RESEARCH"] });
  await page.getByRole("button", { name: "Withdraw request" }).click();
  await page.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(page.getByText("The request is withdrawn.")).toBeVisible();
  await expect(page.getByText("Withdrawn", { exact: true })).toBeVisible();
  await page.goto("/requests");
  await expect(page.getByRole("listitem").filter({ hasText: "Withdrawn XL" })).toContainText("Withdrawn");
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
});

test("a FORBIDDEN use cannot be approved without a waiver, and can with one", async ({ page, browser, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  const tech = await createUser({ roles: ["TECH_REVIEWER"] });
  const legal = await createUser({ roles: ["LEGAL_REVIEWER"] });
  await signIn(page, member);
  // The creator allows no commercial use at all: COMMERCIAL_OUTPUTS is FORBIDDEN.
  const name = uniqueName("No Commerce XL");
  const requestId = await submitNewVersion(page, { name, uses: ["COMMERCIAL_OUTPUTS"], noCommercialUse: true });
  // The check names the layer that forbids the use.
  await expect(page.getByRole("list", { name: "Check findings" })).toContainText(
    `Commercial outputs is forbidden by creator terms of ${name} v1.0: it can be approved only with a waiver from the legal reviewer.`,
  );

  const techPage = await pageFor(browser, tech, `/reviews/${requestId}`);
  await signOff(techPage, requestId, { decision: "Approve" });

  const legalPage = await pageFor(browser, legal, `/reviews/${requestId}`);
  await sendSignOff(legalPage, requestId, { decision: "Approve" });
  // The refusal says which use needs a waiver, and why.
  await expect(legalPage.getByRole("form", { name: "Your sign-off" }).getByRole("alert")).toHaveText(
    `Commercial outputs needs a waiver: it is forbidden by creator terms of ${name} v1.0.`,
  );
  await expect(legalPage.getByText(`Commercial outputs is forbidden by creator terms of ${name} v1.0: approve it only with a waiver.`)).toBeVisible();
  await expect(legalPage.getByRole("region", { name: "Standing approval" })).toHaveCount(0);

  await signOff(legalPage, requestId, {
    decision: "Approve",
    waivers: [
      {
        use: "COMMERCIAL_OUTPUTS",
        reason: "License acquired (e.g. a purchased commercial licence)",
        reference: "C-2026-099",
        comment: "Commercial licence bought from the creator.",
      },
    ],
  });
  const approval = legalPage.getByRole("region", { name: "Standing approval" });
  await expect(approval).toContainText("approved for Commercial outputs");
  await expect(approval).toContainText("Waiver for Commercial outputs: License acquired");
  await expect(approval).toContainText("ref. C-2026-099");
  // One audit event per sign-off: the deciding one is the approval it granted.
  const trail = legalPage.getByRole("list", { name: "Audit trail of this request" });
  await expect(trail.getByRole("listitem")).toHaveText([/review\.submitted by/, /review\.signed_off by/, /approval\.granted by/]);
});

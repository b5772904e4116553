import { expect, signIn, test } from "./support/fixtures";
import { sendSignOff, submitNewVersion, unhydratedContextFor, uniqueName } from "./review-support";

// Before React hydrates (a slow network, a bundle that failed to load), a click on "Record sign-off"
// is the browser's own form submission. It must post to the server action, not GET the page with
// the reviewer's decision and comment in the URL.

test("a sign-off sent before the page hydrates is recorded by the server action, and nothing leaks into the URL", async ({ page, browser, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  const tech = await createUser({ roles: ["TECH_REVIEWER"] });
  await signIn(page, member);
  const requestId = await submitNewVersion(page, { name: uniqueName("Unhydrated XL"), uses: ["INTERNAL_EXPLORATION"] });

  const context = await unhydratedContextFor(browser, tech);
  try {
    const unhydrated = await context.newPage();
    await unhydrated.goto(`/reviews/${requestId}`);
    // The Next.js client never started: what follows is the browser's form submission, not React's.
    expect(await unhydrated.evaluate(() => "next" in window)).toBe(false);

    // Refused input: the action's answer comes back in the page the POST renders.
    await sendSignOff(unhydrated, requestId, { decision: "Request changes" });
    await expect(unhydrated.getByText("A comment is required to reject or request changes")).toBeVisible();
    expect(unhydrated.url()).not.toMatch(/decision=|comment=/);
    await expect(unhydrated.getByTestId("sign-off")).toHaveCount(0);

    await sendSignOff(unhydrated, requestId, { decision: "Approve", comment: "Provenance checked before hydration." });
    await expect(unhydrated.getByText("Your sign-off is recorded.")).toBeVisible();
    expect(unhydrated.url()).not.toMatch(/decision=|comment=/);

    await unhydrated.reload();
    await expect(unhydrated.getByTestId("sign-off")).toHaveCount(1);
    await expect(unhydrated.getByTestId("sign-off")).toContainText("Provenance checked before hydration.");
  } finally {
    await context.close();
  }
});

import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { signWebhook } from "@/lib/webhooks/signature";
import { createLicense, createVersion } from "@/tests/support/catalog-fixtures";
import { Receiver, waitFor } from "@/tests/support/webhook-receiver";
import { expect, signIn, test } from "./support/fixtures";
import { revokeOnDetailPage } from "./review-support";

test("an admin registers a webhook, sees its secret once, and the running app delivers signed events it can redeliver", async ({
  page,
  prisma,
  createUser,
}) => {
  const receiver = await new Receiver().listen();
  try {
    const admin = await createUser({ roles: ["ADMIN"] });
    await signIn(page, admin, "/admin/webhooks");
    await expect(page.getByRole("heading", { name: "Webhooks", level: 1 })).toBeVisible();

    // Bad input: the form says what is wrong, next to the fields.
    await page.getByLabel("URL").fill("ftp://example.com/hooks");
    await page.getByRole("button", { name: "Register endpoint" }).click();
    await expect(page.getByText("Only http:// and https:// URLs can receive webhooks.")).toBeVisible();
    await expect(page.getByText("Choose at least one event.")).toBeVisible();
    await expect(page.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");

    await page.getByLabel("URL").fill(receiver.url);
    await page.getByLabel("Description (optional)").fill("Render farm gate");
    await page.getByRole("checkbox", { name: /approval\.granted/ }).check();
    await page.getByRole("checkbox", { name: /approval\.revoked/ }).check();
    await page.getByRole("button", { name: "Register endpoint" }).click();
    await expect(page.getByTestId("new-webhook-secret")).toContainText("this is the only time it is shown");
    const secret = await page.getByLabel("Signing secret").inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const row = page.getByRole("row", { name: new RegExp(receiver.url.replace(/[/.]/g, "\\$&")) });
    await expect(row).toContainText("Active");
    await expect(row).toContainText("approval.granted, approval.revoked");

    // Shown once: a reload shows the endpoint, not its secret.
    await page.reload();
    await expect(page.getByTestId("new-webhook-secret")).toHaveCount(0);
    await expect(page.getByText(secret)).toHaveCount(0);

    // A change made elsewhere (granted here through the app's own code), then one through the UI.
    const license = await createLicense(prisma, {});
    const version = await createVersion(prisma, { licenseIds: [license.id] });
    const { approvalId } = await prisma.$transaction(async (tx) => {
      const granted = await grantApproval(
        tx,
        { id: admin.id, label: admin.email },
        { versionId: version.id, uses: ["RESEARCH"], reviewBy: new Date(Date.now() + 30 * 86_400_000) },
      );
      await syncVersionSummaries(tx, [version.id]);
      return granted;
    });
    await revokeOnDetailPage(page, version.id);

    // The app instance's own delivery loop sends both, signed with the secret shown once. Specs
    // running beside this one grant and revoke approvals too, and this endpoint receives those
    // events as well: the test follows its own approval's.
    const ours = () => receiver.events().filter((event) => event.data.approvalId === approvalId);
    await waitFor(() => ours().length >= 2, 30_000, "two deliveries");
    expect(ours().map((event) => [event.type, event.data.approvalId])).toEqual([
      ["approval.granted", approvalId],
      ["approval.revoked", approvalId],
    ]);
    for (const request of receiver.acknowledged()) {
      const headers = request.headers;
      expect(headers["webhook-signature"]).toBe(signWebhook(secret, headers["webhook-id"]!, Number(headers["webhook-timestamp"]), request.body));
    }

    // The delivery log, and redeliver (same webhook-id).
    await page.goto("/admin/webhooks");
    await page.getByRole("link", { name: receiver.url }).click();
    await expect(page.getByRole("heading", { name: receiver.url, level: 1 })).toBeVisible();
    const [grantedId, revokedId] = ours().map((event) => event.id) as [string, string];
    const deliveries = page.getByTestId("webhook-delivery");
    await expect(deliveries.filter({ hasText: grantedId })).toHaveCount(1);
    await expect(deliveries.filter({ hasText: grantedId })).toContainText("approval.granted");
    const revoked = deliveries.filter({ hasText: revokedId });
    await expect(revoked).toHaveCount(1);
    await expect(revoked).toContainText("approval.revoked");
    await expect(revoked).toContainText("Delivered");
    await expect(revoked).toContainText("204");
    await expect(revoked.getByRole("cell").nth(4)).toHaveText("1");
    await revoked.getByRole("button", { name: /^Redeliver approval\.revoked/ }).click();
    await expect(revoked).toContainText("Queued: it goes out within seconds.");
    // The redelivery carries the same webhook-id: the receiver has it twice now.
    const received = (id: string) => receiver.acknowledged().filter((request) => request.headers["webhook-id"] === id).length;
    await waitFor(() => received(revokedId) >= 2, 30_000, "the redelivery");
    expect(received(revokedId)).toBe(2);
    expect(received(grantedId)).toBe(1);
    await page.reload();
    await expect(page.getByTestId("webhook-delivery").filter({ hasText: revokedId }).getByRole("cell").nth(4)).toHaveText("2");

    // Disable, then delete.
    await page.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByText("Disabled", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Enable" })).toBeVisible();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("dialog", { name: "Delete this endpoint?" }).getByRole("button", { name: "Delete endpoint" }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks\?deleted=1$/);
    await expect(page.getByText("Endpoint deleted.")).toBeVisible();
    await expect(page.getByRole("link", { name: receiver.url })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});

test("a member cannot open the webhooks admin page", async ({ page, createUser }) => {
  const member = await createUser({ teams: ["creative-studio"] });
  await signIn(page, member, "/");
  const response = await page.goto("/admin/webhooks");
  expect(response?.status()).toBe(403);
});

import { randomBytes } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { INTENDED_USE_LABELS, type IntendedUse } from "@/lib/licensing/vocabulary";
import { expect, hydrateOnNavigation, signIn, type TestUser } from "./support/fixtures";

// Steps the submit and review journeys share: people doing them through the real forms.

export function uniqueName(label: string): string {
  return `${label} ${randomBytes(3).toString("hex")}`;
}

/** A signed-in page of its own (own browser context, own cookies) for a second or third person; on another app instance with `baseURL`. */
export async function pageFor(browser: Browser, user: TestUser | { email: string; password: string }, returnTo = "/", baseURL?: string): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = hydrateOnNavigation(await context.newPage());
  await signIn(page, user, returnTo);
  return page;
}

/**
 * A signed-in browser context in which pages never hydrate: the app's script bundles are refused, as
 * if they had not arrived yet, so a click is the browser's own form submission. (Scripts stay on:
 * the inline ones that reveal streamed Suspense content still run. With JavaScript off altogether a
 * streamed page never gets past its loading.tsx fallback.) Signing in runs in a context of its own,
 * whose cookies this one reuses. The caller closes it.
 */
export async function unhydratedContextFor(browser: Browser, user: TestUser): Promise<BrowserContext> {
  const signedIn = await browser.newContext();
  try {
    await signIn(await signedIn.newPage(), user);
    const context = await browser.newContext({ storageState: await signedIn.storageState() });
    await context.route(/\/_next\/static\/.+\.js(\?.*)?$/, (route) => route.abort());
    return context;
  } finally {
    await signedIn.close();
  }
}

export function useCheckbox(page: Page, use: IntendedUse) {
  return page.getByRole("checkbox", { name: new RegExp(`^${INTENDED_USE_LABELS[use]}`) });
}

/** Submits a new SDXL base checkpoint under CreativeML Open RAIL++-M; returns the request id. */
export async function submitNewVersion(
  page: Page,
  options: { name: string; uses: IntendedUse[]; noCommercialUse?: boolean; justification?: string },
): Promise<string> {
  await page.goto("/submit");
  await page.getByLabel("A new checkpoint or version").check();
  await page.getByLabel("Checkpoint name").fill(options.name);
  await page.getByLabel("Version label").fill("v1.0");
  await page.getByLabel("Kind").selectOption("BASE");
  await page.getByLabel("Architecture", { exact: true }).selectOption("SDXL");
  await page.getByRole("checkbox", { name: /^CreativeML Open RAIL\+\+-M/ }).check();
  if (options.noCommercialUse) {
    await page.getByLabel("The creator added permissions of their own").check();
    await page.getByLabel("None: no commercial use at all").check();
  }
  for (const use of options.uses) await useCheckbox(page, use).check();
  await page.getByLabel("Justification").fill(options.justification ?? "Concept art for the spring campaign.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.waitForURL(/\/reviews\/[0-9a-f-]{36}\?/);
  await expect(page.getByText("Your request is submitted.")).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

export interface WaiverEntry {
  use: IntendedUse;
  reason?: string;
  reference?: string;
  comment?: string;
}

/** Fills and sends the sign-off form on the request's page. Does not wait for the outcome. */
export async function sendSignOff(
  page: Page,
  requestId: string,
  options: { decision: "Approve" | "Request changes" | "Reject"; comment?: string; waivers?: WaiverEntry[]; conditions?: string },
): Promise<void> {
  if (!page.url().includes(`/reviews/${requestId}`)) await page.goto(`/reviews/${requestId}`);
  const form = page.getByRole("form", { name: "Your sign-off" });
  await form.getByRole("radio", { name: options.decision, exact: true }).check();
  if (options.comment) await form.getByLabel(/^Comment/).fill(options.comment);
  if (options.conditions) await form.getByLabel(/^Conditions on the approval/).fill(options.conditions);
  for (const waiver of options.waivers ?? []) {
    const group = form.getByRole("group", { name: new RegExp(`^${INTENDED_USE_LABELS[waiver.use]} —`) });
    await group.getByRole("checkbox", { name: `Record a waiver for ${INTENDED_USE_LABELS[waiver.use]}` }).check();
    await group.getByLabel("Reason").selectOption({ label: waiver.reason ?? "Legal opinion" });
    await group.getByLabel("Contract or document reference").fill(waiver.reference ?? "LO-2026-07");
    await group.getByLabel("Waiver comment").fill(waiver.comment ?? "Counsel reviewed the license text for this use.");
    await group.getByLabel("Waiver expires").fill(`${new Date().getUTCFullYear() + 1}-12-31`);
  }
  await form.getByRole("button", { name: "Record sign-off" }).click();
}

/** Sends a sign-off and waits for the page to confirm it. */
export async function signOff(page: Page, requestId: string, options: Parameters<typeof sendSignOff>[2]): Promise<void> {
  await sendSignOff(page, requestId, options);
  await expect(page.getByText("Your sign-off is recorded.")).toBeVisible();
}

/** Revokes the version's approval for every team through its detail page, as a legal reviewer does, and waits for the page to show it. */
export async function revokeOnDetailPage(page: Page, versionId: string, reason = "The publisher withdrew the license grant."): Promise<void> {
  await page.goto(`/checkpoints/${versionId}`);
  await page.getByRole("button", { name: "Revoke this approval…" }).click();
  await page.getByLabel("Reason for revoking").fill(reason);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Revoke approval" }).click();
  await expect(page.getByRole("listitem", { name: "Approval for every team" })).toContainText("Revoked");
}

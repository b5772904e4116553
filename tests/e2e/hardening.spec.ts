import type { APIRequestContext, Page, Request } from "@playwright/test";
import type { PrismaClient } from "@/lib/server/db/client";
import { pageFor } from "./review-support";
import { DEMO, expect, signIn, test, waitForHydration } from "./support/fixtures";

// Issue 11, checked from outside against the production build: response headers, refusals made
// over real HTTP (origins, body size, undecodable bodies, hostile sign-in input), forbidden
// pages' status, and the pages behind a loading boundary without JavaScript.

const FOREIGN = "https://attacker.example";

// Several sign-ins and page loads per test, on a machine other runs load too: time enough for them.
test.describe.configure({ timeout: 180_000 });

function cookieHeader(cookies: { name: string; value: string }[]): string {
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

/** Creates a token through the real form and returns the server-action request the browser sent. */
async function captureTokenAction(page: Page, name: string): Promise<Request> {
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill(name);
  const captured = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await page.getByRole("button", { name: "Create token" }).click();
  const request = await captured;
  await expect(page.getByTestId("new-token")).toBeVisible();
  return request;
}

async function replay(api: APIRequestContext, page: Page, action: Request, headers: Record<string, string>, data?: Buffer | string) {
  return api.post(new URL(action.url()).pathname, {
    headers: {
      "next-action": action.headers()["next-action"]!,
      "content-type": action.headers()["content-type"]!,
      accept: "text/x-component",
      cookie: cookieHeader(await page.context().cookies()),
      ...headers,
    },
    data: data ?? action.postDataBuffer()!,
    maxRedirects: 0,
  });
}

const tokenRows = (page: Page, name: string) => page.getByRole("row", { name: new RegExp(name) });

/** A request row filed for Creative Studio by `submitter` (the submission journey itself is submit-review.spec.ts's). */
async function fileRequest(prisma: PrismaClient, submitter: { id: string }): Promise<string> {
  const team = await prisma.team.findUniqueOrThrow({ where: { slug: "creative-studio" }, select: { id: true } });
  const version = await prisma.checkpointVersion.findFirstOrThrow({ select: { id: true } });
  const request = await prisma.reviewRequest.create({
    data: {
      teamId: team.id,
      submitterId: submitter.id,
      versionId: version.id,
      requestedUses: ["INTERNAL_EXPLORATION"],
      justification: "Storyboards for the spring campaign.",
      checks: [],
    },
    select: { id: true },
  });
  return request.id;
}

test.describe("security headers", () => {
  test("pages carry a nonce CSP that forbids framing, nosniff and a referrer policy; HSTS only over https", async ({ request }) => {
    const page = await request.get("/sign-in");
    expect(page.status()).toBe(200);
    const headers = page.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["strict-transport-security"]).toBeUndefined();

    // The nonce is fresh on every response, and it is the one on the page's scripts.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(await page.text()).toContain(`nonce="${nonce}"`);
    const again = await request.get("/sign-in");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);

    const overHttps = await request.get("/sign-in", { headers: { "x-forwarded-proto": "https" } });
    expect(overHttps.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);

    // API responses and static files are not pages, but nosniff and no-framing hold there too.
    const api = await request.get("/api/v1/checkpoints");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
    expect(api.headers()["x-frame-options"]).toBe("DENY");
  });

  test("every page still hydrates under the policy, with no violation reported", async ({ page, createUser, prisma }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
    });
    const admin = await createUser({ roles: ["ADMIN", "LEGAL_REVIEWER", "AUDITOR"], teams: ["creative-studio"] });
    await signIn(page, admin);
    for (const path of ["/", "/overview", "/submit", "/requests", "/reviews", "/inbox", "/audit", "/admin", "/admin/users", "/catalog", "/settings/tokens"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      // goto returns once React has hydrated every control (fixtures.ts); a blocked script never gets there.
      await waitForHydration(page);
    }
    const version = await prisma.checkpointVersion.findFirstOrThrow({ where: { parentEdges: { some: {} } }, select: { id: true } });
    const detail = await page.goto(`/checkpoints/${version.id}`);
    expect(detail?.status()).toBe(200);
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });
});

test.describe("server actions over real HTTP", () => {
  test("a foreign Origin with a matching X-Forwarded-Host, or a null Origin, is refused 403 and writes nothing", async ({
    page,
    createUser,
    playwright,
    baseURL,
  }) => {
    const member = await createUser({ teams: ["creative-studio"] });
    await signIn(page, member, "/settings/tokens");
    const action = await captureTokenAction(page, "first token");
    const api = await playwright.request.newContext({ baseURL });

    // The probe's request: the attacker's origin, and X-Forwarded-Host naming it so Next's own
    // comparison of the two would pass.
    const forwarded = await replay(api, page, action, { origin: FOREIGN, "x-forwarded-host": new URL(FOREIGN).host, "x-forwarded-proto": "https" });
    expect(forwarded.status()).toBe(403);
    expect(await forwarded.text()).toContain("came from another site");
    const nullOrigin = await replay(api, page, action, { origin: "null" });
    expect(nullOrigin.status()).toBe(403);

    await page.reload();
    await expect(tokenRows(page, "first token")).toHaveCount(1);

    // The same request from the app's own origin reaches the action, which answers as it should
    // to a second token of that name: the refusals above were the origin's, nothing else's.
    const own = await replay(api, page, action, { origin: new URL(baseURL!).origin });
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain("There is already an active token with this name.");
    await api.dispose();
  });

  test("a body over 1 MB is refused 413 and an undecodable one 400, not 500", async ({ page, createUser, playwright, baseURL }) => {
    const member = await createUser({ teams: ["creative-studio"] });
    await signIn(page, member, "/settings/tokens");
    const action = await captureTokenAction(page, "size token");
    const api = await playwright.request.newContext({ baseURL });
    const origin = { origin: new URL(baseURL!).origin };

    const big = await replay(api, page, action, { ...origin, "content-type": "text/plain;charset=UTF-8" }, JSON.stringify(["x".repeat(1024 * 1024 + 10)]));
    expect(big.status()).toBe(413);
    expect(await big.text()).toContain("more than 1 MB");

    const garbledMultipart = await replay(
      api,
      page,
      action,
      { ...origin, "content-type": "multipart/form-data; boundary=----nothing-like-this" },
      "this is not multipart at all",
    );
    expect(garbledMultipart.status()).toBe(400);
    const notJson = await replay(api, page, action, { ...origin, "content-type": "text/plain;charset=UTF-8" }, "{not json");
    expect(notJson.status()).toBe(400);
    const notText = await replay(api, page, action, { ...origin, "content-type": "text/plain;charset=UTF-8" }, Buffer.from([0xff, 0xfe, 0x00, 0xc3]));
    expect(notText.status()).toBe(400);

    await page.reload();
    await expect(tokenRows(page, "size token")).toHaveCount(1);
    await api.dispose();
  });
});

test.describe("password sign-in over real HTTP", () => {
  async function credentialsSignIn(api: APIRequestContext, email: string, password: string): Promise<{ status: number; error: string | null; body: string }> {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await api.post("/api/auth/callback/credentials", {
      form: { email, password, csrfToken, json: "true", callbackUrl: "/" },
      maxRedirects: 0,
    });
    const body = await response.text();
    let url: string | undefined;
    try {
      url = (JSON.parse(body) as { url?: string }).url;
    } catch {
      url = response.headers().location;
    }
    return { status: response.status(), error: url ? new URL(url, "http://x").searchParams.get("error") : null, body };
  }

  test("hostile input gets a plain message, never the database's error", async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    const cases: [string, string, string][] = [
      ["nul\u0000byte@example.com", "whatever-password", "Enter a valid email address."],
      [`${"a".repeat(8 * 1024)}@example.com`, "whatever-password", "That email address is too long."],
      [DEMO.member.email, "x".repeat(1024 * 1024), "Email or password is incorrect."],
    ];
    for (const [email, password, message] of cases) {
      const result = await credentialsSignIn(api, email, password);
      expect(result.status).toBeLessThan(500);
      expect(result.error).toBe(message);
      expect(result.body).not.toMatch(/prisma|invocation|22021|btree|index row/i);
    }
    await api.dispose();
  });
});

test.describe("forbidden pages", () => {
  test("the review queue and another team's request answer 403, and the submitter's breadcrumb leads to their own requests", async ({
    page,
    browser,
    createUser,
    prisma,
    request,
  }) => {
    const outsider = await createUser({ teams: ["research-lab"] });
    const submitter = await createUser({ teams: ["creative-studio"] });
    const requestId = await fileRequest(prisma, submitter);

    await signIn(page, outsider);
    const queue = await page.goto("/reviews");
    expect(queue?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const other = await page.goto(`/reviews/${requestId}`);
    expect(other?.status()).toBe(403);
    const missing = await page.goto("/reviews/00000000-0000-4000-8000-000000000000");
    expect(missing?.status()).toBe(404);

    // The same status when fetched without a browser (no client-side rendering involved).
    const cookies = cookieHeader(await page.context().cookies());
    expect((await request.get("/reviews", { headers: { cookie: cookies } })).status()).toBe(403);
    expect((await request.get(`/reviews/${requestId}`, { headers: { cookie: cookies } })).status()).toBe(403);

    const submitterPage = await pageFor(browser, submitter, `/reviews/${requestId}`);
    const own = await submitterPage.goto(`/reviews/${requestId}`);
    expect(own?.status()).toBe(200);
    await submitterPage.getByRole("link", { name: "Your requests" }).click();
    await expect(submitterPage).toHaveURL(/\/requests$/);
    await submitterPage.context().close();
  });
});

test.describe("without JavaScript", () => {
  test("the review queue and a request page show their content, not the loading fallback", async ({ browser, createUser, prisma }) => {
    const reviewer = await createUser({ roles: ["LEGAL_REVIEWER"] });
    const requestId = await fileRequest(prisma, await createUser({ teams: ["creative-studio"] }));
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Signing in needs JavaScript (next-auth's client); a session cookie made by a scripted
    // context is carried over, as a person who signed in earlier would have one.
    const scripted = await browser.newContext();
    const signInPage = await scripted.newPage();
    await signIn(signInPage, reviewer);
    await context.addCookies(await scripted.cookies());
    await scripted.close();

    await page.goto("/reviews");
    await expect(page.getByRole("heading", { name: "Review queue", level: 1 })).toBeVisible();
    await expect(page.getByRole("search", { name: "Filter the queue" })).toBeVisible();
    await expect(page.getByText("Loading the requests…")).toBeHidden();

    await page.goto(`/reviews/${requestId}`);
    await expect(page.getByText("Loading the request, its checks")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("article").getByRole("link", { name: "Review queue" })).toBeVisible();
    await context.close();
  });
});

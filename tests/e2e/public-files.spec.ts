import { expect, test } from "./support/fixtures";

// What a visitor's browser fetches before anyone signs in: the favicon, the app icons and the web
// manifest from public/. And the benchmark's floors under app/bench/, which exist only while
// `npm run bench` runs its own server: this one was started by `npm start`, as in production.

const PUBLIC_FILES = [
  { path: "/favicon.ico", type: /^image\/(x-icon|vnd\.microsoft\.icon)/ },
  { path: "/icon.svg", type: /^image\/svg\+xml/ },
  { path: "/apple-touch-icon.png", type: /^image\/png/ },
  { path: "/icon-192.png", type: /^image\/png/ },
  { path: "/icon-512.png", type: /^image\/png/ },
  { path: "/manifest.webmanifest", type: /^application\/manifest\+json/ },
];

test("the sign-in page names the favicon, the app icons and the manifest, and each is served without a session", async ({ page, request }) => {
  await page.goto("/sign-in");
  const head = page.locator("head");
  await expect(head.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(head.locator('link[rel="icon"][href^="/icon.svg"]')).toHaveAttribute("type", "image/svg+xml");
  await expect(head.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", /^\/apple-touch-icon\.png/);
  await expect(head.locator('link[rel="manifest"]')).toHaveAttribute("href", /^\/manifest\.webmanifest/);

  for (const file of PUBLIC_FILES) {
    const response = await request.get(file.path, { maxRedirects: 0 });
    expect(response.status(), file.path).toBe(200);
    expect(response.headers()["content-type"], file.path).toMatch(file.type);
  }
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest.icons.map((icon: { src: string }) => icon.src)).toEqual(["/icon-192.png", "/icon-512.png", "/icon.svg"]);
});

test("the benchmark's routes are not served outside the bench", async ({ page, request }) => {
  for (const path of ["/bench/empty-page", "/bench/signed-in"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nothing here");
  }
  const route = await request.get("/bench/empty-route");
  expect(route.status()).toBe(404);
});

import { defineConfig, devices } from "@playwright/test";
import { e2eRun, writeRunTsconfig } from "./tests/e2e/support/e2e-run";
import { OIDC_TEST } from "./tests/e2e/support/oidc-provider";

// This run's port, data folder and build folder (tests/e2e/support/e2e-run.ts): two runs on one
// machine, even in one checkout, share none of them.
const run = e2eRun();
const port = run.port;
const baseURL = `http://localhost:${port}`;
// The Civitai / Hugging Face stand-in (tests/support/intake-server.ts) the import is pointed at.
const intakePort = Number(process.env.E2E_INTAKE_PORT ?? port + 47);
const intakeURL = `http://127.0.0.1:${intakePort}`;

// Debian's Chromium; Playwright's own browser download cannot run on these machines.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

writeRunTsconfig(run);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `${run.root}/artifacts`,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // Generous: a journey signs in several people, each a slow password check and a full page load, and
  // CI may share the machine with other work. Nothing here measures speed.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: process.env.E2E_RESULTS_FILE || `${run.root}/results.json` }]],
  // The local OpenID provider the app signs in through (runs after the webServer has started,
  // before the first test).
  globalSetup: "./tests/e2e/global-setup.ts",
  // Specs set up state through lib/server modules, which import "server-only" (it throws outside a
  // React Server Components bundle): this tsconfig maps it to the same no-op stub Vitest uses.
  tsconfig: "./tests/e2e/tsconfig.json",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: [
    // The Civitai / Hugging Face stand-in, serving recorded answers (tests/fixtures/intake).
    {
      command: `npx tsx tests/support/intake-server.ts ${intakePort}`,
      url: `${intakeURL}/health`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    // The production build on the embedded database, started exactly as `npm start` does, on a
    // data folder of its own that starts empty on every run, built into this run's own folder.
    {
      command: `node -e "require('fs').rmSync('${run.dataDir}',{recursive:true,force:true})" && npm start`,
      url: `${baseURL}/api/health`,
      // A first build on a machine others are loading took over five minutes; the tests wait for it.
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        PORT: String(port),
        CHECKPOINT_DATA_DIR: run.dataDir,
        NEXT_DIST_DIR: run.distDir,
        NEXT_TSCONFIG_PATH: run.tsconfig,
        DATABASE_URL: "",
        NEXTAUTH_URL: baseURL,
        OIDC_ISSUER: OIDC_TEST.issuer,
        OIDC_CLIENT_ID: OIDC_TEST.clientId,
        OIDC_CLIENT_SECRET: OIDC_TEST.clientSecret,
        OIDC_ALLOWED_DOMAIN: OIDC_TEST.allowedDomain,
        OIDC_DISPLAY_NAME: OIDC_TEST.displayName,
        CIVITAI_API_URL: `${intakeURL}/civitai/api/v1`,
        HF_ENDPOINT: `${intakeURL}/hf`,
        // The webhook spec's receiver listens on 127.0.0.1.
        WEBHOOK_ALLOW_PRIVATE: "1",
      },
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});

import type { FullConfig } from "@playwright/test";
import { startOidcProvider } from "./support/oidc-provider";

/**
 * Starts the local OpenID provider the app signs in through (tests/e2e/oidc.spec.ts).
 *
 * Playwright starts the webServer (a plugin) before globalSetup, and runs globalSetup before any
 * test; the teardown returned here runs before the webServer stops. The app only fetches the
 * provider's discovery document when someone clicks "Sign in with Test SSO", so the provider
 * being up by the first test is all it needs.
 */
export default async function globalSetup(config: FullConfig) {
  const appUrl = config.projects[0]?.use.baseURL;
  if (!appUrl) throw new Error("playwright.config.ts names no baseURL.");
  const provider = await startOidcProvider({ appUrl });
  return provider.close;
}

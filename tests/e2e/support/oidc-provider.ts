import { generateKeyPairSync } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { e2eRun } from "./e2e-run";

/**
 * A real OpenID Connect provider (the `oidc-provider` package) on loopback, for the end-to-end
 * sign-in through single sign-on. Its development login page accepts any login name: the login
 * becomes the subject, and the email is `<login>@oidc.test` (or the login itself when it is an
 * email, to try other domains). The app under test is pointed at it by playwright.config.ts.
 */
// 99 above the app's port, which is this run's own (tests/e2e/support/e2e-run.ts): two runs on one
// machine do not collide.
const OIDC_PORT = e2eRun().oidcPort;

export const OIDC_TEST = {
  port: OIDC_PORT,
  issuer: `http://127.0.0.1:${OIDC_PORT}`,
  clientId: "checkpoint-registry-e2e",
  clientSecret: "e2e-client-secret-not-for-production",
  allowedDomain: "oidc.test",
  displayName: "Test SSO",
} as const;

export function oidcEmailFor(login: string): string {
  return login.includes("@") ? login.toLowerCase() : `${login.toLowerCase()}@${OIDC_TEST.allowedDomain}`;
}

// The package ships no types; this is the little of it used here.
interface OidcAccount {
  accountId: string;
  claims(): Promise<Record<string, unknown>>;
}
type ProviderConstructor = new (
  issuer: string,
  configuration: Record<string, unknown> & { findAccount(context: unknown, sub: string): Promise<OidcAccount> },
) => { callback(): http.RequestListener };
const OIDC_PROVIDER_MODULE = "oidc-provider";

export async function startOidcProvider(options: { appUrl: string }): Promise<{ issuer: string; close: () => Promise<void> }> {
  // Imported here, not at the top: playwright.config.ts imports the constants above without it.
  const { default: Provider } = (await import(OIDC_PROVIDER_MODULE)) as { default: ProviderConstructor };
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: "jwk" }), kid: "e2e", use: "sig", alg: "RS256" };

  const provider = new Provider(OIDC_TEST.issuer, {
    clients: [
      {
        client_id: OIDC_TEST.clientId,
        client_secret: OIDC_TEST.clientSecret,
        redirect_uris: [`${options.appUrl}/api/auth/callback/oidc`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // next-auth reads the profile from the ID token, so the scope claims go there too.
    conformIdTokenClaims: false,
    jwks: { keys: [signingKey] },
    cookies: { keys: ["e2e-oidc-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (seconds), which also keeps the provider from logging a notice for each default.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    async findAccount(_context, sub) {
      const email = oidcEmailFor(sub);
      return {
        accountId: sub,
        async claims() {
          return { sub, email, email_verified: true, name: `SSO ${email.split("@")[0]}` };
        },
      };
    },
  });

  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(OIDC_TEST.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    issuer: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { describe, expect, it } from "vitest";
import { emailAllowed, oidcProvider, oidcSettings } from "@/lib/server/auth/oidc";

// process.env is typed with NODE_ENV required; these are stand-ins for it.
const env = (variables: Record<string, string>) => variables as unknown as NodeJS.ProcessEnv;

const COMPLETE = { OIDC_ISSUER: "https://id.example.com/realms/main/", OIDC_CLIENT_ID: "registry", OIDC_CLIENT_SECRET: "s3cret" };

describe("oidcSettings: configured by environment only", () => {
  it("is off unless issuer, client id and client secret are all set", () => {
    expect(oidcSettings(env({}))).toBeNull();
    expect(oidcSettings(env({ OIDC_ISSUER: COMPLETE.OIDC_ISSUER, OIDC_CLIENT_ID: "registry" }))).toBeNull();
    expect(oidcSettings(env({ OIDC_CLIENT_ID: "registry", OIDC_CLIENT_SECRET: "s3cret" }))).toBeNull();
    expect(oidcSettings(env({ ...COMPLETE, OIDC_CLIENT_SECRET: "" }))).toBeNull();
  });

  it("reads the issuer without a trailing slash, and defaults the rest", () => {
    expect(oidcSettings(env(COMPLETE))).toEqual({
      issuer: "https://id.example.com/realms/main",
      clientId: "registry",
      clientSecret: "s3cret",
      allowedDomain: null,
      displayName: "single sign-on",
    });
  });

  it("takes an allowed domain (lowercased) and a display name", () => {
    const settings = oidcSettings(env({ ...COMPLETE, OIDC_ALLOWED_DOMAIN: " Example.COM ", OIDC_DISPLAY_NAME: "Acme SSO" }));
    expect(settings?.allowedDomain).toBe("example.com");
    expect(settings?.displayName).toBe("Acme SSO");
  });

  it("discovers the provider from the issuer and asks for email and profile, with PKCE, state and nonce", () => {
    const provider = oidcProvider(oidcSettings(env(COMPLETE))!);
    expect(provider.wellKnown).toBe("https://id.example.com/realms/main/.well-known/openid-configuration");
    expect(provider.checks).toEqual(["pkce", "state", "nonce"]);
    expect(provider.authorization).toEqual({ params: { scope: "openid email profile" } });
    expect(provider.profile({ sub: "abc", email: "ada@example.com", preferred_username: "ada" }, {})).toEqual({
      id: "abc",
      email: "ada@example.com",
      name: "ada",
    });
  });
});

describe("emailAllowed: the allowed-domain refusal", () => {
  const restricted = oidcSettings(env({ ...COMPLETE, OIDC_ALLOWED_DOMAIN: "example.com" }))!;

  it.each([
    ["ada@example.com", true],
    ["Ada@EXAMPLE.com", true],
    ["ada@elsewhere.test", false],
    ["ada@evil-example.com", false],
    ["ada@example.com.evil.test", false],
    ["ada@sub.example.com", false],
    ["example.com@elsewhere.test", false],
  ])("%s → %s", (email, allowed) => {
    expect(emailAllowed(email, restricted)).toBe(allowed);
  });

  it("allows every domain when none is configured", () => {
    expect(emailAllowed("ada@anywhere.test", oidcSettings(env(COMPLETE))!)).toBe(true);
  });
});

import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Only emails of this domain may sign in, when set. */
  allowedDomain: string | null;
  displayName: string;
}

/** OpenID Connect is configured by environment only; all three of issuer, id and secret or nothing. */
export function oidcSettings(env: NodeJS.ProcessEnv = process.env): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.replace(/\/$/, "");
  if (!issuer || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    allowedDomain: env.OIDC_ALLOWED_DOMAIN?.trim().toLowerCase() || null,
    displayName: env.OIDC_DISPLAY_NAME?.trim() || "single sign-on",
  };
}

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
}

export function oidcProvider(settings: OidcSettings): OAuthConfig<OidcProfile> {
  return {
    id: "oidc",
    name: settings.displayName,
    type: "oauth",
    wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    profile(profile) {
      return { id: profile.sub, email: profile.email ?? null, name: profile.name ?? profile.preferred_username ?? null };
    },
  };
}

export function emailAllowed(email: string, settings: OidcSettings): boolean {
  if (!settings.allowedDomain) return true;
  return email.toLowerCase().endsWith(`@${settings.allowedDomain}`);
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { oidcSettings } from "@/lib/server/auth/oidc";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const ERROR_MESSAGES: Record<string, string> = {
  OidcDomain: "Your single sign-on account is not from an allowed email domain.",
  OidcNoEmail: "Your single sign-on account did not share an email address.",
  AccountDeactivated: "This account has been deactivated. Ask an admin if you need access.",
  OAuthCallback: "Single sign-on did not complete. Try again.",
  OAuthSignin: "Single sign-on could not start. Try again.",
  SessionRequired: "Sign in to continue.",
  SessionEnded: "Your session has ended. Sign in again; if that fails, ask an admin whether your account is still active.",
  OidcUnverifiedEmail: "Your single sign-on account’s email address is not verified. Verify it with your identity provider first.",
};

/** Only same-site paths: never send a user to another site after signing in. */
function safeReturnPath(value: string | undefined): string {
  if (!value) return "/";
  try {
    const url = new URL(value, "http://registry.local");
    return url.origin === "http://registry.local" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(returnTo as "/");
  const oidc = oidcSettings();
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <SignInForm
        returnTo={returnTo}
        initialError={params.error ? (ERROR_MESSAGES[params.error] ?? "Sign-in failed. Try again.") : null}
        oidcName={oidc?.displayName ?? null}
      />
    </div>
  );
}

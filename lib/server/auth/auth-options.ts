import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { SignInRefused, verifyCredentials } from "@/lib/server/auth/credentials";
import { resolveOidcUser } from "@/lib/server/auth/oidc-account";
import { emailAllowed, oidcProvider, oidcSettings } from "@/lib/server/auth/oidc";
import { logUnexpected } from "@/lib/server/errors";

const oidc = oidcSettings();

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        if (!credentials?.email || !credentials.password) throw new Error("Enter your email and password.");
        try {
          const user = await verifyCredentials(credentials.email, credentials.password);
          return { id: user.id, email: user.email, name: user.name };
        } catch (error) {
          // next-auth passes a thrown message to the sign-in form as `error`.
          if (error instanceof SignInRefused) throw new Error(error.message);
          // Anything else (the database down, a bug) is logged with a reference; the person sees
          // only that reference, never the error's own text.
          const reference = logUnexpected(error, "password sign-in");
          throw new Error(`Sign-in failed because of a problem on our side (reference ${reference}). Try again in a moment.`);
        }
      },
    }),
    ...(oidc ? [oidcProvider(oidc)] : []),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      if (!oidc || !user.email) return "/sign-in?error=OidcNoEmail";
      if (!emailAllowed(user.email, oidc)) return "/sign-in?error=OidcDomain";
      // Accounts are matched by email: one the provider says it has not verified could claim anyone's.
      if ((profile as { email_verified?: unknown } | undefined)?.email_verified === false) return "/sign-in?error=OidcUnverifiedEmail";
      const resolved = await resolveOidcUser({ subject: account.providerAccountId, email: user.email, name: user.name ?? null });
      if (!resolved) return "/sign-in?error=AccountDeactivated";
      // The JWT callback runs next and reads this: our user id, not the provider's subject.
      user.id = resolved.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      return session;
    },
  },
};

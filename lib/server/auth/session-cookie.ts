import "server-only";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { authOptions } from "@/lib/server/auth/auth-options";

// Every signed-in request needs only the user id inside the session cookie. next-auth's
// getServerSession derives the key, decrypts the cookie, runs the callbacks and encrypts a renewed
// token that a server component cannot even send back. Here the cookie is decrypted once per
// distinct value and the id kept until the token's own expiry: the same string always holds the
// same claims (authenticated encryption with the server's secret), so a hit proves as much as a
// decryption. A cookie that does not decrypt is never kept.

const MAX_ENTRIES = 10_000;
const known = new Map<string, { userId: string | null; expiresAt: number }>();

function cookieName(): string {
  const secure = authOptions.useSecureCookies ?? process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}

/** The user id of the request's session cookie, or null (no cookie, not ours, expired). */
export async function sessionCookieUserId(): Promise<string | null> {
  const jar = await (async () => cookies())().catch(() => null);
  // Outside a request (a script, a test standing in for next-auth) there is no cookie jar: next-auth's own path.
  if (!jar) return (await getServerSession(authOptions))?.user?.id ?? null;
  const name = cookieName();
  const value = jar.get(name)?.value;
  const secret = authOptions.secret ?? process.env.NEXTAUTH_SECRET;
  if (!value || !secret) {
    // A token too large for one cookie comes in chunks (name.0, name.1, …): next-auth reassembles them.
    if (jar.has(`${name}.0`) || !secret) return (await getServerSession(authOptions))?.user?.id ?? null;
    return null;
  }
  const hit = known.get(value);
  if (hit && Date.now() < hit.expiresAt) return hit.userId;
  if (hit) known.delete(value);

  const token = await decode({ token: value, secret }).catch(() => null);
  if (!token || typeof token.exp !== "number") return null;
  const userId = typeof token.uid === "string" ? token.uid : null;
  if (known.size >= MAX_ENTRIES) known.delete(known.keys().next().value!);
  known.set(value, { userId, expiresAt: token.exp * 1000 });
  return userId;
}

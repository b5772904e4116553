import { encode } from "next-auth/jwt";

export const SESSION_COOKIE = "next-auth.session-token";

/**
 * A session cookie for a user, signed with the server's NEXTAUTH_SECRET exactly as next-auth signs
 * one after a password sign-in (JWT strategy, `uid` claim; see lib/server/auth/auth-options.ts).
 * The app still re-reads the user from the database on every request.
 */
export async function sessionCookie(user: { id: string; email: string; name: string | null }, secret: string): Promise<string> {
  const token = await encode({ token: { sub: user.id, uid: user.id, email: user.email, name: user.name }, secret, maxAge: 8 * 60 * 60 });
  return `${SESSION_COOKIE}=${token}`;
}

import "server-only";
import { prisma } from "@/lib/server/db/prisma";
import { signInSchema, WRONG_CREDENTIALS } from "@/lib/schemas/sign-in";
import { dummyPasswordHash, verifyPassword } from "@/lib/server/auth/password";
import { clearFailedSignIns, lockedForSeconds, recordFailedSignIn } from "@/lib/server/auth/sign-in-throttle";

export { WRONG_CREDENTIALS };

export class SignInRefused extends Error {}

/**
 * Checks an email and password. The same message and about the same time for an unknown email,
 * a wrong password and a deactivated account, so none of them reveals that an account exists.
 * Input no account could match is refused before any query (lib/schemas/sign-in.ts).
 */
export async function verifyCredentials(email: string, password: string): Promise<{ id: string; email: string; name: string | null }> {
  const parsed = signInSchema.safeParse({ email, password });
  if (!parsed.success) throw new SignInRefused(parsed.error.issues[0]?.message ?? WRONG_CREDENTIALS);
  const normalised = parsed.data.email;
  const wait = await lockedForSeconds(normalised);
  if (wait > 0) {
    throw new SignInRefused(`Too many failed sign-ins for this email. Try again in ${wait >= 120 ? `${Math.ceil(wait / 60)} minutes` : `${wait} seconds`}.`);
  }
  const user = await prisma.user.findUnique({
    where: { email: normalised },
    select: { id: true, email: true, name: true, passwordHash: true, active: true },
  });
  const matches = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await dummyPasswordHash()));
  if (!user || !user.passwordHash || !matches || !user.active) {
    await recordFailedSignIn(normalised);
    throw new SignInRefused(WRONG_CREDENTIALS);
  }
  await clearFailedSignIns(normalised);
  return { id: user.id, email: user.email, name: user.name };
}

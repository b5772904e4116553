import { prisma } from "@/lib/server/db/prisma";

// After MAX_FREE_FAILURES consecutive failures an email is locked, for a time that doubles with each
// further failure, capped. Kept in PostgreSQL so it holds across app instances; keyed by the email
// typed, whether or not an account has it, so the lock reveals nothing about which emails exist.
export const MAX_FREE_FAILURES = 5;
const BASE_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 60 * 60;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Seconds until the email may try again, or 0. */
export async function lockedForSeconds(email: string, now = new Date()): Promise<number> {
  const row = await prisma.signInThrottle.findUnique({ where: { email: normaliseEmail(email) }, select: { lockedUntil: true } });
  if (!row?.lockedUntil || row.lockedUntil <= now) return 0;
  return Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000);
}

/** Counts a failure atomically (two instances may count at once) and locks when due. */
export async function recordFailedSignIn(email: string): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO "SignInThrottle" (email, failures, "lockedUntil", "updatedAt")
    VALUES (${normaliseEmail(email)}, 1, NULL, now())
    ON CONFLICT (email) DO UPDATE SET
      failures = "SignInThrottle".failures + 1,
      "lockedUntil" = CASE
        WHEN "SignInThrottle".failures + 1 >= ${MAX_FREE_FAILURES}
        THEN now() + make_interval(secs => LEAST(${MAX_LOCK_SECONDS}, ${BASE_LOCK_SECONDS} * power(2, "SignInThrottle".failures + 1 - ${MAX_FREE_FAILURES})))
        ELSE "SignInThrottle"."lockedUntil"
      END,
      "updatedAt" = now()`;
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { email: normaliseEmail(email) } });
}

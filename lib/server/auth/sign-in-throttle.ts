import "server-only";
import { prisma } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/generated/prisma/client";

// After MAX_FREE_FAILURES consecutive failures an email is locked, for a time that doubles with each
// further failure, capped. Kept in PostgreSQL so it holds across app instances; keyed by the email
// typed, whether or not an account has it, so the lock reveals nothing about which emails exist.
export const MAX_FREE_FAILURES = 5;
const BASE_LOCK_SECONDS = 60;
const MAX_LOCK_SECONDS = 60 * 60;
// Failures older than this are forgotten, and their row deleted once no lock is in force: the table
// holds at most one row per (validated, at most 254-character) email tried in the last day.
export const FORGET_FAILURES_AFTER_HOURS = 24;
// Rows pruned per failed sign-in: bounded work on the sign-in path, still faster than any spray adds.
const PRUNE_BATCH = 50;

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
  // A row whose failures are older than the window (and whose lock has ended) starts over.
  await prisma.$executeRaw`
    INSERT INTO "SignInThrottle" (email, failures, "lockedUntil", "updatedAt")
    VALUES (${normaliseEmail(email)}, 1, NULL, now())
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN ${staleCondition()} THEN 1 ELSE "SignInThrottle".failures + 1 END,
      "lockedUntil" = CASE
        WHEN NOT ${staleCondition()} AND "SignInThrottle".failures + 1 >= ${MAX_FREE_FAILURES}
        THEN now() + make_interval(secs => LEAST(${MAX_LOCK_SECONDS}, ${BASE_LOCK_SECONDS} * power(2, "SignInThrottle".failures + 1 - ${MAX_FREE_FAILURES})))
        WHEN ${staleCondition()} THEN NULL
        ELSE "SignInThrottle"."lockedUntil"
      END,
      "updatedAt" = now()`;
  await pruneSignInThrottle(PRUNE_BATCH);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { email: normaliseEmail(email) } });
}

/** Deletes up to `limit` rows whose failures are forgotten and whose lock has ended; returns how many. */
export async function pruneSignInThrottle(limit = 10_000): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM "SignInThrottle" WHERE email IN (
      SELECT email FROM "SignInThrottle"
      WHERE "updatedAt" < now() - make_interval(hours => ${FORGET_FAILURES_AFTER_HOURS})
        AND ("lockedUntil" IS NULL OR "lockedUntil" <= now())
      ORDER BY "updatedAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)`;
}

function staleCondition() {
  return Prisma.sql`("SignInThrottle"."updatedAt" < now() - make_interval(hours => ${FORGET_FAILURES_AFTER_HOURS}) AND ("SignInThrottle"."lockedUntil" IS NULL OR "SignInThrottle"."lockedUntil" <= now()))`;
}

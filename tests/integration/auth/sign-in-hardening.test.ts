import { describe, expect, it } from "vitest";
import { MAX_PASSWORD_LENGTH } from "@/lib/schemas/admin";
import { SignInRefused, verifyCredentials, WRONG_CREDENTIALS } from "@/lib/server/auth/credentials";
import { FORGET_FAILURES_AFTER_HOURS, MAX_FREE_FAILURES, recordFailedSignIn } from "@/lib/server/auth/sign-in-throttle";
import { prisma } from "@/lib/server/db/prisma";
import { createPerson, uniqueSuffix } from "./support/people";

// Password sign-in refuses input no account could match before it reaches the database (the
// probe got Prisma's own error text back for a NUL byte and an 8 KB email), and its throttle
// table stays bounded.

async function refusal(email: string, password: string): Promise<string> {
  const error = await verifyCredentials(email, password).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SignInRefused);
  return (error as Error).message;
}

const throttleRow = (email: string) => prisma.signInThrottle.findUnique({ where: { email } });

describe("sign-in input", () => {
  it("an email with a NUL byte or another control character is refused as invalid, and nothing is written", async () => {
    for (const email of [`nul\u0000${uniqueSuffix()}@example.com`, `tab\t${uniqueSuffix()}@example.com`]) {
      expect(await refusal(email, "whatever-password")).toBe("Enter a valid email address.");
      expect(await prisma.signInThrottle.count({ where: { email: { contains: email.slice(4, 12) } } })).toBe(0);
    }
  });

  it("an 8 KB email is refused as too long, and nothing is written", async () => {
    const email = `${"a".repeat(8 * 1024)}-${uniqueSuffix()}@example.com`;
    expect(await refusal(email, "whatever-password")).toBe("That email address is too long.");
    expect(await prisma.signInThrottle.count({ where: { email: { endsWith: email.slice(-20) } } })).toBe(0);
  });

  it("a password longer than any account may set is wrong without being hashed or counted", async () => {
    const person = await createPerson(prisma, { password: "correct horse battery" });
    expect(await refusal(person.user.email, "x".repeat(1024 * 1024))).toBe(WRONG_CREDENTIALS);
    expect(await refusal(person.user.email, "x".repeat(MAX_PASSWORD_LENGTH + 1))).toBe(WRONG_CREDENTIALS);
    expect(await throttleRow(person.user.email)).toBeNull();
    // The cap is the creation cap: the longest password an account can have still signs in.
    const longest = await createPerson(prisma, { password: "p".repeat(MAX_PASSWORD_LENGTH) });
    await expect(verifyCredentials(longest.user.email, "p".repeat(MAX_PASSWORD_LENGTH))).resolves.toMatchObject({ id: longest.user.id });
  });

  it("emails are matched trimmed and case-insensitively, as before", async () => {
    const person = await createPerson(prisma, { password: "correct horse battery" });
    await expect(verifyCredentials(`  ${person.user.email.toUpperCase()} `, "correct horse battery")).resolves.toMatchObject({ id: person.user.id });
  });
});

describe("sign-in throttle rows", () => {
  const age = async (email: string, hours: number, lockedUntil: Date | null = null) =>
    prisma.$executeRaw`UPDATE "SignInThrottle" SET "updatedAt" = now() - make_interval(hours => ${hours}), "lockedUntil" = ${lockedUntil} WHERE email = ${email}`;

  it("failures older than the window are forgotten: the next failure starts the count over", async () => {
    const email = `stale-${uniqueSuffix()}@example.com`;
    for (let attempt = 0; attempt < MAX_FREE_FAILURES - 1; attempt += 1) await recordFailedSignIn(email);
    await age(email, FORGET_FAILURES_AFTER_HOURS + 1);
    await recordFailedSignIn(email);
    expect(await throttleRow(email)).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it("old rows are deleted as sign-ins fail, but never one whose lock is still in force", async () => {
    const old = `old-${uniqueSuffix()}@example.com`;
    const locked = `locked-${uniqueSuffix()}@example.com`;
    const recent = `recent-${uniqueSuffix()}@example.com`;
    for (const email of [old, locked, recent]) await recordFailedSignIn(email);
    await age(old, FORGET_FAILURES_AFTER_HOURS + 1);
    await age(locked, FORGET_FAILURES_AFTER_HOURS + 1, new Date(Date.now() + 60 * 60 * 1000));

    // Other tests' rows may be pruned first; a few failures give every old row its turn.
    for (let attempt = 0; attempt < 3 && (await throttleRow(old)); attempt += 1) await recordFailedSignIn(`trigger-${uniqueSuffix()}@example.com`);
    expect(await throttleRow(old)).toBeNull();
    expect(await throttleRow(locked)).not.toBeNull();
    expect(await throttleRow(recent)).toMatchObject({ failures: 1 });
  });
});

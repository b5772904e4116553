import type { Account, NextAuthOptions, Profile, User } from "next-auth";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createUserSchema } from "@/lib/schemas/admin";
import { createUser } from "@/lib/server/admin/create-user";
import { prisma } from "@/lib/server/db/prisma";
import { createPerson, uniqueSuffix } from "./support/people";

// The OpenID Connect part of sign-in that runs in the app: next-auth's signIn callback with the
// provider's verified profile, against PostgreSQL. (tests/e2e/oidc.spec.ts drives the whole flow.)

// auth-options reads the environment when it is first imported, which the imports above do.
vi.hoisted(() => {
  Object.assign(process.env, {
    OIDC_ISSUER: "https://id.example.test",
    OIDC_CLIENT_ID: "registry",
    OIDC_CLIENT_SECRET: "secret",
    OIDC_ALLOWED_DOMAIN: "allowed.test",
  });
});

let authOptions: NextAuthOptions;
beforeAll(async () => {
  ({ authOptions } = await import("@/lib/server/auth/auth-options"));
});

async function oidcSignIn(email: string, options: { subject?: string; verified?: boolean } = {}) {
  const subject = options.subject ?? `sub-${uniqueSuffix()}`;
  const user: User = { id: subject, email, name: "Sam Single-Sign-On" };
  const account: Account = { provider: "oidc", providerAccountId: subject, type: "oauth" };
  const profile = { sub: subject, email, email_verified: options.verified ?? true } as Profile;
  const result = await authOptions.callbacks!.signIn!({ user, account, profile });
  return { result, user, subject };
}

const accountsOf = (providerAccountId: string) => prisma.account.count({ where: { provider: "oidc", providerAccountId } });

describe("signing in through OpenID Connect", () => {
  it("creates an account with no roles and no teams on first sign-in, audited, and finds it again on the next", async () => {
    const email = `newcomer-${uniqueSuffix()}@allowed.test`;
    const first = await oidcSignIn(email.toUpperCase());
    expect(first.result).toBe(true);

    const created = await prisma.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(created).toMatchObject({ roles: [], active: true, passwordHash: null, name: "Sam Single-Sign-On" });
    expect(created.memberships).toEqual([]);
    // next-auth's jwt callback stores this id in the session, not the provider's subject.
    expect(first.user.id).toBe(created.id);
    expect(await accountsOf(first.subject)).toBe(1);
    const events = await prisma.auditEvent.findMany({ where: { subjectId: created.id } });
    expect(events.map((event) => [event.action, event.actorLabel, event.after])).toEqual([
      ["user.created", email, { email, name: "Sam Single-Sign-On", roles: [], via: "oidc" }],
    ]);

    const again = await oidcSignIn(email, { subject: first.subject });
    expect(again.result).toBe(true);
    expect(again.user.id).toBe(created.id);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { subjectId: created.id } })).toBe(1);
  });

  it("refuses an email outside the allowed domain, writing nothing", async () => {
    const email = `intruder-${uniqueSuffix()}@elsewhere.test`;
    const { result, subject } = await oidcSignIn(email);
    expect(result).toBe("/sign-in?error=OidcDomain");
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await accountsOf(subject)).toBe(0);
  });

  it("refuses a look-alike domain", async () => {
    const { result } = await oidcSignIn(`intruder-${uniqueSuffix()}@not-allowed.test`);
    expect(result).toBe("/sign-in?error=OidcDomain");
  });

  it("refuses an email the provider has not verified, writing nothing", async () => {
    const email = `unverified-${uniqueSuffix()}@allowed.test`;
    const { result, subject } = await oidcSignIn(email, { verified: false });
    expect(result).toBe("/sign-in?error=OidcUnverifiedEmail");
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await accountsOf(subject)).toBe(0);
  });

  it("links an invited user on their first sign-in, keeping the roles the admin gave them", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const email = `invited-${uniqueSuffix()}@allowed.test`;
    const invited = await createUser(admin.actor, createUserSchema.parse({ email, signIn: "invite", roles: ["LEGAL_REVIEWER"] }));

    const { result, user, subject } = await oidcSignIn(email);
    expect(result).toBe(true);
    expect(user.id).toBe(invited.id);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: invited.id } })).roles).toEqual(["LEGAL_REVIEWER"]);
    expect(await accountsOf(subject)).toBe(1);
    expect(await prisma.auditEvent.findFirst({ where: { subjectId: invited.id, action: "user.oidc_linked" } })).not.toBeNull();
  });

  it("refuses a deactivated user, writing nothing", async () => {
    const email = `leaver-${uniqueSuffix()}@allowed.test`;
    await prisma.user.create({ data: { email, active: false } });
    const { result, subject } = await oidcSignIn(email);
    expect(result).toBe("/sign-in?error=AccountDeactivated");
    expect(await accountsOf(subject)).toBe(0);
  });

  it("leaves password sign-ins to the credentials check", async () => {
    const result = await authOptions.callbacks!.signIn!({
      user: { id: "x" },
      account: { provider: "credentials", providerAccountId: "x", type: "credentials" },
    });
    expect(result).toBe(true);
  });
});

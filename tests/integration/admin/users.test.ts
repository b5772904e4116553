import { describe, expect, it } from "vitest";
import type { OrgRole } from "@/lib/policy/capabilities";
import { createUserSchema } from "@/lib/schemas/admin";
import { createUser } from "@/lib/server/admin/create-user";
import { deactivateUser, reactivateUser } from "@/lib/server/admin/set-user-active";
import { grantRole, removeRole } from "@/lib/server/admin/user-roles";
import { verifyPassword } from "@/lib/server/auth/password";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/server/errors";
import { auditBy, createPerson, createTeamRow, uniqueSuffix } from "../auth/support/people";

const NON_ADMINS: { label: string; roles: OrgRole[] }[] = [
  { label: "member", roles: [] },
  { label: "legal", roles: ["LEGAL_REVIEWER"] },
  { label: "tech", roles: ["TECH_REVIEWER"] },
  { label: "auditor", roles: ["AUDITOR"] },
];

const newUserInput = (overrides: Record<string, unknown> = {}) =>
  createUserSchema.parse({ email: `new-${uniqueSuffix()}@it.test`, name: "New Person", signIn: "password", password: "a long initial password", ...overrides });

describe("createUser", () => {
  it("creates a password user with roles and teams, and audits it without the password", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const team = await createTeamRow(prisma);
    const input = newUserInput({ roles: ["LEGAL_REVIEWER", "AUDITOR"], teamIds: [team.id] });

    const { id } = await createUser(admin.actor, input);

    const row = await prisma.user.findUniqueOrThrow({ where: { id }, include: { memberships: true } });
    expect(row).toMatchObject({ email: input.email, name: "New Person", roles: ["LEGAL_REVIEWER", "AUDITOR"], active: true });
    expect(await verifyPassword("a long initial password", row.passwordHash!)).toBe(true);
    expect(row.memberships.map((m) => m.teamId)).toEqual([team.id]);

    const events = await auditBy(prisma, admin.user.id);
    expect(events.map((event) => event.action)).toEqual(["user.created"]);
    expect(events[0]).toMatchObject({ subjectType: "User", subjectId: id, actorLabel: admin.user.email, before: null, relatedIds: [team.id] });
    expect(events[0]!.after).toEqual({
      email: input.email,
      name: "New Person",
      roles: ["LEGAL_REVIEWER", "AUDITOR"],
      teams: [team.slug],
      active: true,
      signIn: "password",
    });
    expect(JSON.stringify(events.map((event) => [event.before, event.after]))).not.toMatch(/scrypt|a long initial password/);
  });

  it("invites a user with no password, who can then only sign in through single sign-on", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const { id } = await createUser(admin.actor, newUserInput({ signIn: "invite", password: "" }));
    const row = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(row.passwordHash).toBeNull();
    expect(row.roles).toEqual([]);
    const [event] = await auditBy(prisma, admin.user.id);
    expect(event!.after).toMatchObject({ signIn: "invite", teams: [] });
  });

  it("refuses a duplicate email with a field error and writes nothing", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const existing = await createPerson(prisma);
    const attempt = createUser(admin.actor, newUserInput({ email: existing.user.email.toUpperCase() }));
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { email: ["A user with this email already exists."] } });
    expect(await prisma.user.count({ where: { email: existing.user.email } })).toBe(1);
    expect(await auditBy(prisma, admin.user.id)).toEqual([]);
  });

  it("refuses a team that does not exist, and rolls back", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const input = newUserInput({ teamIds: ["00000000-0000-4000-8000-000000000000"] });
    await expect(createUser(admin.actor, input)).rejects.toBeInstanceOf(ValidationError);
    expect(await prisma.user.findUnique({ where: { email: input.email } })).toBeNull();
    expect(await auditBy(prisma, admin.user.id)).toEqual([]);
  });

  it.each(NON_ADMINS)("is refused to a $label, writing nothing", async ({ roles }) => {
    const caller = await createPerson(prisma, { roles });
    const input = newUserInput({ roles: ["ADMIN"] });
    await expect(createUser(caller.actor, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.user.findUnique({ where: { email: input.email } })).toBeNull();
    expect(await auditBy(prisma, caller.user.id)).toEqual([]);
  });
});

describe("grantRole and removeRole", () => {
  it("grant and remove a role with before and after in the audit trail", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const target = await createPerson(prisma, { roles: ["AUDITOR"] });

    await grantRole(admin.actor, { userId: target.user.id, role: "LEGAL_REVIEWER" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.user.id } })).roles).toEqual(["LEGAL_REVIEWER", "AUDITOR"]);
    await removeRole(admin.actor, { userId: target.user.id, role: "AUDITOR" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.user.id } })).roles).toEqual(["LEGAL_REVIEWER"]);

    const events = await auditBy(prisma, admin.user.id);
    expect(events.map((e) => [e.action, e.subjectId, e.before, e.after])).toEqual([
      [
        "user.role_granted",
        target.user.id,
        { email: target.user.email, roles: ["AUDITOR"] },
        { email: target.user.email, roles: ["LEGAL_REVIEWER", "AUDITOR"], granted: "LEGAL_REVIEWER" },
      ],
      [
        "user.role_removed",
        target.user.id,
        { email: target.user.email, roles: ["LEGAL_REVIEWER", "AUDITOR"] },
        { email: target.user.email, roles: ["LEGAL_REVIEWER"], removed: "AUDITOR" },
      ],
    ]);
  });

  it("a second grant of the same role, or removing a role not held, is a conflict that writes nothing", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const target = await createPerson(prisma, { roles: ["TECH_REVIEWER"] });
    await expect(grantRole(admin.actor, { userId: target.user.id, role: "TECH_REVIEWER" })).rejects.toBeInstanceOf(ConflictError);
    await expect(removeRole(admin.actor, { userId: target.user.id, role: "AUDITOR" })).rejects.toBeInstanceOf(ConflictError);
    expect(await auditBy(prisma, admin.user.id)).toEqual([]);
  });

  it.each(NON_ADMINS)("is refused to a $label, even for their own roles", async ({ roles }) => {
    const caller = await createPerson(prisma, { roles });
    await expect(grantRole(caller.actor, { userId: caller.user.id, role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: caller.user.id } })).roles).toEqual(roles);
    expect(await auditBy(prisma, caller.user.id)).toEqual([]);
  });
});

describe("deactivateUser and reactivateUser", () => {
  it("deactivates and reactivates with audit events", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const target = await createPerson(prisma);

    await deactivateUser(admin.actor, { userId: target.user.id });
    const off = await prisma.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(off.active).toBe(false);
    expect(off.deactivatedAt).toBeInstanceOf(Date);

    await expect(deactivateUser(admin.actor, { userId: target.user.id })).rejects.toBeInstanceOf(ConflictError);

    await reactivateUser(admin.actor, { userId: target.user.id });
    const on = await prisma.user.findUniqueOrThrow({ where: { id: target.user.id } });
    expect(on).toMatchObject({ active: true, deactivatedAt: null });

    const events = await auditBy(prisma, admin.user.id);
    expect(events.map((e) => e.action)).toEqual(["user.deactivated", "user.reactivated"]);
    expect(events[0]!.before).toEqual({ email: target.user.email, active: true });
    expect(events[0]!.after).toMatchObject({ email: target.user.email, active: false });
  });

  it("refuses an admin deactivating themselves", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    await expect(deactivateUser(admin.actor, { userId: admin.user.id })).rejects.toThrow(/cannot deactivate your own account/);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.user.id } })).active).toBe(true);
  });

  it.each(NON_ADMINS)("is refused to a $label, writing nothing", async ({ roles }) => {
    const caller = await createPerson(prisma, { roles });
    const target = await createPerson(prisma);
    await expect(deactivateUser(caller.actor, { userId: target.user.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.user.id } })).active).toBe(true);
    expect(await auditBy(prisma, caller.user.id)).toEqual([]);
  });
});

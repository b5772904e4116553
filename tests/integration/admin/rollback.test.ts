import { describe, expect, it, vi } from "vitest";
import { createUserSchema } from "@/lib/schemas/admin";
import { createUser } from "@/lib/server/admin/create-user";
import { addTeamMember } from "@/lib/server/admin/team-members";
import { grantRole } from "@/lib/server/admin/user-roles";
import { prisma } from "@/lib/server/db/prisma";
import { createPerson, createTeamRow, uniqueSuffix } from "../auth/support/people";

// The audit write is the last step of every admin change: when it fails, the change must not stay.
const failure = vi.hoisted(() => ({ on: null as string | null }));
vi.mock("@/lib/server/audit/record-audit-event", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/audit/record-audit-event")>();
  return {
    ...original,
    recordAuditEvent: async (...args: Parameters<typeof original.recordAuditEvent>) => {
      if (failure.on === args[1].action) throw new Error(`audit store unavailable (${args[1].action})`);
      return original.recordAuditEvent(...args);
    },
  };
});

describe("a failed audit write rolls the change back", () => {
  it("createUser: no user, no membership", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const team = await createTeamRow(prisma);
    const email = `rollback-${uniqueSuffix()}@it.test`;
    failure.on = "user.created"; // after the user and its membership
    try {
      await expect(createUser(admin.actor, createUserSchema.parse({ email, signIn: "invite", teamIds: [team.id], roles: ["ADMIN"] }))).rejects.toThrow(
        /audit store unavailable/,
      );
    } finally {
      failure.on = null;
    }
    expect(await prisma.user.findUnique({ where: { email } })).toBeNull();
    expect(await prisma.membership.count({ where: { teamId: team.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { actorId: admin.user.id } })).toBe(0);
  });

  it("grantRole: the role is not granted", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const target = await createPerson(prisma);
    failure.on = "user.role_granted";
    try {
      await expect(grantRole(admin.actor, { userId: target.user.id, role: "ADMIN" })).rejects.toThrow(/audit store unavailable/);
    } finally {
      failure.on = null;
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.user.id } })).roles).toEqual([]);
  });

  it("addTeamMember: no membership", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const team = await createTeamRow(prisma);
    const person = await createPerson(prisma);
    failure.on = "team.member_added";
    try {
      await expect(addTeamMember(admin.actor, { teamId: team.id, email: person.user.email })).rejects.toThrow(/audit store unavailable/);
    } finally {
      failure.on = null;
    }
    expect(await prisma.membership.count({ where: { teamId: team.id } })).toBe(0);
  });
});

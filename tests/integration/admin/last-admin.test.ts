import { describe, expect, it } from "vitest";
import { deactivateUser } from "@/lib/server/admin/set-user-active";
import { removeRole } from "@/lib/server/admin/user-roles";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError } from "@/lib/server/errors";
import { createPerson, type Person } from "../auth/support/people";
import { withOwnDatabase } from "../auth/support/own-database";

// These tests count every active admin, so they need a database no other test file writes to.
withOwnDatabase("last_admin");

async function activeAdmins(): Promise<string[]> {
  const rows = await prisma.user.findMany({ where: { active: true, roles: { has: "ADMIN" } }, select: { email: true }, orderBy: { email: "asc" } });
  return rows.map((row) => row.email);
}

/** Demotes or deactivates every active admin, so each test starts with exactly the admins it makes. */
async function clearAdmins(): Promise<void> {
  await prisma.user.updateMany({ where: { roles: { has: "ADMIN" } }, data: { active: false } });
}

async function settle(calls: Promise<unknown>[]): Promise<{ fulfilled: number; conflicts: number }> {
  const results = await Promise.allSettled(calls);
  const rejected = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
  for (const failure of rejected) expect(failure.reason).toBeInstanceOf(ConflictError);
  return { fulfilled: results.length - rejected.length, conflicts: rejected.length };
}

describe("the registry always keeps an active admin", () => {
  it("the last admin cannot remove their own Admin role", async () => {
    await clearAdmins();
    const admin = await createPerson(prisma, { roles: ["ADMIN", "AUDITOR"] });
    await expect(removeRole(admin.actor, { userId: admin.user.id, role: "ADMIN" })).rejects.toThrow(
      /Removing your own Admin role would leave the registry without an active admin/,
    );
    expect((await prisma.user.findUniqueOrThrow({ where: { id: admin.user.id } })).roles).toEqual(["ADMIN", "AUDITOR"]);
    expect(await prisma.auditEvent.count({ where: { actorId: admin.user.id } })).toBe(0);
    // Their other roles remain theirs to drop.
    await removeRole(admin.actor, { userId: admin.user.id, role: "AUDITOR" });
  });

  it("an admin may step down while another admin remains, and then the other one is the last", async () => {
    await clearAdmins();
    const first = await createPerson(prisma, { roles: ["ADMIN"] });
    const second = await createPerson(prisma, { roles: ["ADMIN"] });
    await removeRole(first.actor, { userId: first.user.id, role: "ADMIN" });
    expect(await activeAdmins()).toEqual([second.user.email]);
    await expect(removeRole(second.actor, { userId: second.user.id, role: "ADMIN" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("a deactivated admin does not count, and can lose the role", async () => {
    await clearAdmins();
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const dormant = await createPerson(prisma, { roles: ["ADMIN"], active: false });
    await expect(removeRole(admin.actor, { userId: admin.user.id, role: "ADMIN" })).rejects.toBeInstanceOf(ConflictError);
    await removeRole(admin.actor, { userId: dormant.user.id, role: "ADMIN" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: dormant.user.id } })).roles).toEqual([]);
  });

  // Two admins act at the same moment, many times over: without the row locks both checks would
  // see two admins and both changes would commit, leaving none.
  const ROUNDS = 8;

  it("two admins removing each other's Admin role at once leave exactly one admin", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      await clearAdmins();
      const [a, b] = [await createPerson(prisma, { roles: ["ADMIN"] }), await createPerson(prisma, { roles: ["ADMIN"] })] as [Person, Person];
      const outcome = await settle([removeRole(a.actor, { userId: b.user.id, role: "ADMIN" }), removeRole(b.actor, { userId: a.user.id, role: "ADMIN" })]);
      expect(outcome).toEqual({ fulfilled: 1, conflicts: 1 });
      expect(await activeAdmins()).toHaveLength(1);
    }
  });

  it("two admins each removing their own Admin role at once leave exactly one admin", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      await clearAdmins();
      const [a, b] = [await createPerson(prisma, { roles: ["ADMIN"] }), await createPerson(prisma, { roles: ["ADMIN"] })] as [Person, Person];
      const outcome = await settle([removeRole(a.actor, { userId: a.user.id, role: "ADMIN" }), removeRole(b.actor, { userId: b.user.id, role: "ADMIN" })]);
      expect(outcome).toEqual({ fulfilled: 1, conflicts: 1 });
      expect(await activeAdmins()).toHaveLength(1);
    }
  });

  it("two admins deactivating each other at once leave exactly one admin", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      await clearAdmins();
      const [a, b] = [await createPerson(prisma, { roles: ["ADMIN"] }), await createPerson(prisma, { roles: ["ADMIN"] })] as [Person, Person];
      const outcome = await settle([deactivateUser(a.actor, { userId: b.user.id }), deactivateUser(b.actor, { userId: a.user.id })]);
      expect(outcome).toEqual({ fulfilled: 1, conflicts: 1 });
      expect(await activeAdmins()).toHaveLength(1);
    }
  });

  it("one admin deactivating the other while that one demotes the first leaves exactly one admin", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      await clearAdmins();
      const [a, b] = [await createPerson(prisma, { roles: ["ADMIN"] }), await createPerson(prisma, { roles: ["ADMIN"] })] as [Person, Person];
      const outcome = await settle([deactivateUser(a.actor, { userId: b.user.id }), removeRole(b.actor, { userId: a.user.id, role: "ADMIN" })]);
      expect(outcome).toEqual({ fulfilled: 1, conflicts: 1 });
      expect(await activeAdmins()).toHaveLength(1);
    }
  });
});

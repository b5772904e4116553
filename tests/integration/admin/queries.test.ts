import { describe, expect, it } from "vitest";
import { USERS_PAGE_SIZE } from "@/lib/schemas/admin";
import { getTeamDetail, getUserDetail, listUsers } from "@/lib/server/admin/queries";
import { prisma } from "@/lib/server/db/prisma";
import { createTeam } from "@/lib/server/admin/create-team";
import { createPerson, createTeamRow, uniqueSuffix } from "../auth/support/people";

describe("admin reads", () => {
  it("search users by email or name, 25 a page, by email", async () => {
    const tag = uniqueSuffix();
    await prisma.user.createMany({
      data: Array.from({ length: USERS_PAGE_SIZE + 2 }, (_, index) => ({
        email: `paged-${String(index).padStart(2, "0")}-${tag}@it.test`,
        name: `Paged ${tag}`,
      })),
    });
    const first = await listUsers({ query: tag, page: 1 });
    expect(first).toMatchObject({ total: USERS_PAGE_SIZE + 2, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(USERS_PAGE_SIZE);
    expect(first.rows[0]!.email).toBe(`paged-00-${tag}@it.test`);
    const second = await listUsers({ query: tag.toUpperCase(), page: 2 });
    expect(second.rows.map((row) => row.email)).toEqual([`paged-25-${tag}@it.test`, `paged-26-${tag}@it.test`]);
    // A page past the end shows the last page.
    expect((await listUsers({ query: tag, page: 99 })).page).toBe(2);
    expect((await listUsers({ query: `Paged ${tag}`, page: 1 })).total).toBe(USERS_PAGE_SIZE + 2);
    expect((await listUsers({ query: `nobody-${tag}`, page: 1 })).rows).toEqual([]);
  });

  it("describe a user with how they sign in, their teams, the teams they could join, and their tokens without secrets", async () => {
    const team = await createTeamRow(prisma);
    const person = await createPerson(prisma, { teamIds: [team.id], password: "a long enough password" });
    await prisma.apiToken.create({
      data: { userId: person.user.id, name: "ci", tokenHash: "f".repeat(64), prefix: "cpr_abcdef", expiresAt: new Date(Date.now() + 86_400_000) },
    });

    const detail = await getUserDetail(person.user.id);
    expect(detail).toMatchObject({ email: person.user.email, active: true, signIn: { password: true, sso: false }, teams: [{ id: team.id }] });
    expect(detail!.otherTeams.map((other) => other.id)).not.toContain(team.id);
    expect(detail!.tokens).toEqual([expect.objectContaining({ name: "ci", prefix: "cpr_abcdef", status: "active" })]);
    expect(JSON.stringify(detail)).not.toMatch(/scrypt|f{64}/);
  });

  it("treat ids that are not UUIDs as not found", async () => {
    expect(await getUserDetail("not-a-uuid")).toBeNull();
    expect(await getTeamDetail("../../etc")).toBeNull();
    expect(await getUserDetail("00000000-0000-4000-8000-000000000000")).toBeNull();
  });

  it("list a team's members with their roles", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const team = await createTeam(admin.actor, { name: `Members ${uniqueSuffix()}`, slug: undefined });
    const member = await createPerson(prisma, { roles: ["AUDITOR"], teamIds: [team.id] });
    expect((await getTeamDetail(team.id))?.members).toEqual([
      expect.objectContaining({ id: member.user.id, email: member.user.email, roles: ["AUDITOR"], active: true }),
    ]);
  });
});

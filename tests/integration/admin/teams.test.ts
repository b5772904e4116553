import { describe, expect, it } from "vitest";
import { createTeam } from "@/lib/server/admin/create-team";
import { renameTeam } from "@/lib/server/admin/rename-team";
import { addTeamMember, removeTeamMember } from "@/lib/server/admin/team-members";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/server/errors";
import { auditBy, createPerson, createTeamRow, uniqueSuffix } from "../auth/support/people";

describe("teams", () => {
  it("creates a team with a short name derived from its name, renames it keeping the short name, and audits both", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const suffix = uniqueSuffix();
    const team = await createTeam(admin.actor, { name: `Render Farm ${suffix}`, slug: undefined });
    expect(team.slug).toBe(`render-farm-${suffix}`);

    await renameTeam(admin.actor, { teamId: team.id, name: `Render Farm EU ${suffix}` });
    expect(await prisma.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ name: `Render Farm EU ${suffix}`, slug: team.slug });

    const events = await auditBy(prisma, admin.user.id);
    expect(events.map((e) => [e.action, e.subjectType, e.subjectId, e.teamId, e.before, e.after])).toEqual([
      ["team.created", "Team", team.id, team.id, null, { name: `Render Farm ${suffix}`, slug: team.slug }],
      ["team.renamed", "Team", team.id, team.id, { name: `Render Farm ${suffix}`, slug: team.slug }, { name: `Render Farm EU ${suffix}`, slug: team.slug }],
    ]);
  });

  it("refuses a short name that is taken, on the field that made it", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const existing = await createTeamRow(prisma);
    await expect(createTeam(admin.actor, { name: "Another", slug: existing.slug })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { slug: [expect.stringContaining(existing.slug)] },
    });
    await expect(createTeam(admin.actor, { name: existing.slug, slug: undefined })).rejects.toMatchObject({ fieldErrors: { name: [expect.any(String)] } });
    expect(await auditBy(prisma, admin.user.id)).toEqual([]);
  });

  it("adds and removes members by email, with audit events on the user and the team", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const team = await createTeamRow(prisma);
    const person = await createPerson(prisma);

    await addTeamMember(admin.actor, { teamId: team.id, email: person.user.email });
    expect(await prisma.membership.count({ where: { teamId: team.id, userId: person.user.id } })).toBe(1);
    await expect(addTeamMember(admin.actor, { teamId: team.id, email: person.user.email })).rejects.toBeInstanceOf(ConflictError);

    await removeTeamMember(admin.actor, { teamId: team.id, userId: person.user.id });
    expect(await prisma.membership.count({ where: { teamId: team.id, userId: person.user.id } })).toBe(0);
    await expect(removeTeamMember(admin.actor, { teamId: team.id, userId: person.user.id })).rejects.toBeInstanceOf(ConflictError);

    const events = await auditBy(prisma, admin.user.id);
    expect(events.map((e) => [e.action, e.subjectType, e.subjectId, e.teamId, e.before, e.after])).toEqual([
      ["team.member_added", "User", person.user.id, team.id, null, { team: team.slug, email: person.user.email }],
      ["team.member_removed", "User", person.user.id, team.id, { team: team.slug, email: person.user.email }, null],
    ]);
  });

  it("refuses to add an unknown email, as a field error", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const team = await createTeamRow(prisma);
    const attempt = addTeamMember(admin.actor, { teamId: team.id, email: `nobody-${uniqueSuffix()}@it.test` });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { email: [expect.stringContaining("No user has this email")] } });
    expect(await prisma.membership.count({ where: { teamId: team.id } })).toBe(0);
  });

  it("is refused to everyone but admins, writing nothing", async () => {
    const team = await createTeamRow(prisma);
    for (const roles of [[], ["LEGAL_REVIEWER"], ["TECH_REVIEWER"], ["AUDITOR"]] as const) {
      const caller = await createPerson(prisma, { roles: [...roles], teamIds: [team.id] });
      const other = await createPerson(prisma);
      await expect(createTeam(caller.actor, { name: `Mine ${uniqueSuffix()}`, slug: undefined })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(renameTeam(caller.actor, { teamId: team.id, name: "Renamed" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(addTeamMember(caller.actor, { teamId: team.id, email: other.user.email })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(removeTeamMember(caller.actor, { teamId: team.id, userId: caller.user.id })).rejects.toBeInstanceOf(ForbiddenError);
      expect(await auditBy(prisma, caller.user.id)).toEqual([]);
    }
    expect(await prisma.team.findUniqueOrThrow({ where: { id: team.id } })).toMatchObject({ name: team.name });
    expect(await prisma.membership.count({ where: { teamId: team.id } })).toBe(4);
  });
});

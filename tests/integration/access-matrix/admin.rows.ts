import { only, type MatrixRow } from "./support/matrix";

// Users, roles, teams and memberships: admins only (canManageUsers). Each call gets fresh targets.

const USERS = "app/(registry)/admin/users/actions.ts";
const TEAMS = "app/(registry)/admin/teams/actions.ts";

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: USERS,
    name: "createUserAction",
    allowed: only("admin"),
    audit: "user.created",
    args: ({ form, unique, world }) => [
      null,
      form({
        email: `${unique("created")}@matrix.test`,
        name: "Created In The Matrix",
        signIn: "password",
        password: "a long enough password",
        roles: ["ADMIN", "AUDITOR"],
        teamIds: [world.teamA.id],
      }),
    ],
  },
  {
    kind: "action",
    file: USERS,
    name: "deactivateUserAction",
    allowed: only("admin"),
    audit: "user.deactivated",
    args: async ({ db, form, unique }) => {
      const target = await db.user.create({ data: { email: `${unique("to-deactivate")}@matrix.test` } });
      return [null, form({ userId: target.id })];
    },
  },
  {
    kind: "action",
    file: USERS,
    name: "reactivateUserAction",
    allowed: only("admin"),
    audit: "user.reactivated",
    args: async ({ db, form, unique }) => {
      const target = await db.user.create({ data: { email: `${unique("to-reactivate")}@matrix.test`, active: false, deactivatedAt: new Date() } });
      return [null, form({ userId: target.id })];
    },
  },
  {
    kind: "action",
    file: USERS,
    name: "grantRoleAction",
    allowed: only("admin"),
    audit: "user.role_granted",
    args: async ({ db, form, unique }) => {
      const target = await db.user.create({ data: { email: `${unique("to-promote")}@matrix.test` } });
      return [null, form({ userId: target.id, role: "LEGAL_REVIEWER" })];
    },
  },
  {
    kind: "action",
    file: USERS,
    name: "removeRoleAction",
    allowed: only("admin"),
    audit: "user.role_removed",
    args: async ({ db, form, unique }) => {
      const target = await db.user.create({ data: { email: `${unique("to-demote")}@matrix.test`, roles: ["AUDITOR"] } });
      return [null, form({ userId: target.id, role: "AUDITOR" })];
    },
  },
  {
    kind: "action",
    file: TEAMS,
    name: "createTeamAction",
    allowed: only("admin"),
    audit: "team.created",
    args: ({ form, unique }) => [null, form({ name: `Team ${unique("new")}` })],
  },
  {
    kind: "action",
    file: TEAMS,
    name: "renameTeamAction",
    allowed: only("admin"),
    audit: "team.renamed",
    args: async ({ db, form, unique }) => {
      const team = await db.team.create({ data: { slug: unique("to-rename"), name: "Before" } });
      return [null, form({ teamId: team.id, name: "After" })];
    },
  },
  {
    kind: "action",
    file: TEAMS,
    name: "addTeamMemberAction",
    allowed: only("admin"),
    audit: "team.member_added",
    args: async ({ db, form, unique }) => {
      const team = await db.team.create({ data: { slug: unique("to-join"), name: "Joinable" } });
      const person = await db.user.create({ data: { email: `${unique("joiner")}@matrix.test` } });
      return [null, form({ teamId: team.id, email: person.email })];
    },
  },
  {
    kind: "action",
    file: TEAMS,
    name: "removeTeamMemberAction",
    allowed: only("admin"),
    audit: "team.member_removed",
    args: async ({ db, form, unique }) => {
      const team = await db.team.create({ data: { slug: unique("to-leave"), name: "Leavable" } });
      const person = await db.user.create({ data: { email: `${unique("leaver")}@matrix.test`, memberships: { create: { teamId: team.id } } } });
      return [null, form({ teamId: team.id, userId: person.id })];
    },
  },
];

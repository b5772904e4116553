import "server-only";
import { z } from "zod";
import type { OrgRole } from "@/lib/policy/capabilities";
import { USERS_PAGE_SIZE } from "@/lib/schemas/admin";
import { prisma } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { apiTokenRowSelect, toApiTokenRow, type ApiTokenRow } from "@/lib/server/tokens/queries";

// Reads for the admin pages. Every page calls requirePageAccess(canManageUsers) before these.

export interface TeamRef {
  id: string;
  slug: string;
  name: string;
}

export interface AdminOverview {
  activeUsers: number;
  deactivatedUsers: number;
  admins: number;
  teams: number;
}

export async function getAdminOverview(): Promise<AdminOverview> {
  const [activeUsers, deactivatedUsers, admins, teams] = await Promise.all([
    prisma.user.count({ where: { active: true } }),
    prisma.user.count({ where: { active: false } }),
    prisma.user.count({ where: { active: true, roles: { has: "ADMIN" } } }),
    prisma.team.count(),
  ]);
  return { activeUsers, deactivatedUsers, admins, teams };
}

export interface UserListRow {
  id: string;
  email: string;
  name: string | null;
  roles: OrgRole[];
  active: boolean;
  teams: TeamRef[];
  signIn: SignInMethods;
  createdAt: Date;
}

/** How a user can sign in: with a password, through single sign-on (linked), both, or neither yet (invited). */
export interface SignInMethods {
  password: boolean;
  sso: boolean;
}

const userListSelect = {
  id: true,
  email: true,
  name: true,
  roles: true,
  active: true,
  createdAt: true,
  passwordHash: true,
  _count: { select: { accounts: true } },
  memberships: { select: { team: { select: { id: true, slug: true, name: true } } }, orderBy: { team: { name: "asc" } } },
} satisfies Prisma.UserSelect;

function toUserListRow(user: Prisma.UserGetPayload<{ select: typeof userListSelect }>): UserListRow {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    active: user.active,
    createdAt: user.createdAt,
    teams: user.memberships.map((membership) => membership.team),
    signIn: { password: user.passwordHash !== null, sso: user._count.accounts > 0 },
  };
}

export interface UserListPage {
  rows: UserListRow[];
  total: number;
  page: number;
  pageCount: number;
  query: string;
}

/** Users matching a search over email and name, 25 a page, by email. */
export async function listUsers(options: { query: string; page: number }): Promise<UserListPage> {
  const query = options.query.trim();
  const where: Prisma.UserWhereInput = query
    ? { OR: [{ email: { contains: query, mode: "insensitive" } }, { name: { contains: query, mode: "insensitive" } }] }
    : {};
  const total = await prisma.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page), pageCount);
  const users = await prisma.user.findMany({
    where,
    select: userListSelect,
    orderBy: { email: "asc" },
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
  });
  return { rows: users.map(toUserListRow), total, page, pageCount, query };
}

export interface UserDetail extends UserListRow {
  deactivatedAt: Date | null;
  otherTeams: TeamRef[];
  tokens: ApiTokenRow[];
}

// Ids come from the URL: anything that is not a UUID is simply not found (not a database error).
const isUuid = (id: string) => z.uuid().safeParse(id).success;

export async function getUserDetail(id: string): Promise<UserDetail | null> {
  if (!isUuid(id)) return null;
  const [user, teams] = await Promise.all([
    prisma.user.findUnique({
      where: { id },
      select: { ...userListSelect, deactivatedAt: true, apiTokens: { select: apiTokenRowSelect, orderBy: { createdAt: "desc" } } },
    }),
    listTeamRefs(),
  ]);
  if (!user) return null;
  const row = toUserListRow(user);
  const memberOf = new Set(row.teams.map((team) => team.id));
  const now = new Date();
  return {
    ...row,
    deactivatedAt: user.deactivatedAt,
    otherTeams: teams.filter((team) => !memberOf.has(team.id)),
    tokens: user.apiTokens.map((token) => toApiTokenRow(token, now)),
  };
}

export async function listTeamRefs(): Promise<TeamRef[]> {
  return prisma.team.findMany({ select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } });
}

export interface TeamListRow extends TeamRef {
  members: number;
  createdAt: Date;
}

export async function listTeams(): Promise<TeamListRow[]> {
  const teams = await prisma.team.findMany({
    select: { id: true, slug: true, name: true, createdAt: true, _count: { select: { memberships: true } } },
    orderBy: { name: "asc" },
  });
  return teams.map(({ _count, ...team }) => ({ ...team, members: _count.memberships }));
}

export interface TeamMember {
  id: string;
  email: string;
  name: string | null;
  roles: OrgRole[];
  active: boolean;
  since: Date;
}

export interface TeamDetail extends TeamRef {
  createdAt: Date;
  members: TeamMember[];
}

export async function getTeamDetail(id: string): Promise<TeamDetail | null> {
  if (!isUuid(id)) return null;
  const team = await prisma.team.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      createdAt: true,
      memberships: {
        select: { createdAt: true, user: { select: { id: true, email: true, name: true, roles: true, active: true } } },
        orderBy: { user: { email: "asc" } },
      },
    },
  });
  if (!team) return null;
  const { memberships, ...rest } = team;
  return { ...rest, members: memberships.map((membership) => ({ ...membership.user, since: membership.createdAt })) };
}

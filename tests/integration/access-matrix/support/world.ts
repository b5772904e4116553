import { randomBytes } from "node:crypto";
import type { OrgRole } from "@/lib/policy/capabilities";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { seedDatabase } from "@/prisma/seed";
import type { SignedInCaller, World } from "./matrix";

const CALLER_SETUP: Record<SignedInCaller, { roles: OrgRole[]; team: "A" | "B" | null; active: boolean }> = {
  otherTeamMember: { roles: [], team: "B", active: true },
  member: { roles: [], team: "A", active: true },
  legalReviewer: { roles: ["LEGAL_REVIEWER"], team: null, active: true },
  techReviewer: { roles: ["TECH_REVIEWER"], team: null, active: true },
  auditor: { roles: ["AUDITOR"], team: null, active: true },
  admin: { roles: ["ADMIN"], team: null, active: true },
  // Everything a caller could have, so that whatever it is refused, it is refused for being deactivated.
  deactivated: { roles: ["ADMIN", "LEGAL_REVIEWER", "TECH_REVIEWER", "AUDITOR"], team: "A", active: false },
};

export const unique = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;

/** The demo catalog (so rows can refer to real versions and licenses), two teams, and one user and token per caller. */
export async function buildWorld(db: PrismaClient): Promise<World> {
  await seedDatabase(db);
  const teamA = await db.team.create({ data: { slug: unique("matrix-team-a"), name: "Matrix Team A" }, select: { id: true, slug: true, name: true } });
  const teamB = await db.team.create({ data: { slug: unique("matrix-team-b"), name: "Matrix Team B" }, select: { id: true, slug: true, name: true } });

  const users = {} as World["users"];
  const tokens = {} as World["tokens"];
  for (const [caller, setup] of Object.entries(CALLER_SETUP) as [SignedInCaller, (typeof CALLER_SETUP)[SignedInCaller]][]) {
    const team = setup.team === "A" ? teamA : setup.team === "B" ? teamB : null;
    const user = await db.user.create({
      data: {
        email: `${caller.toLowerCase()}@matrix.test`,
        name: `Matrix ${caller}`,
        roles: setup.roles,
        memberships: { create: team ? [{ teamId: team.id }] : [] },
      },
      select: { id: true, email: true },
    });
    const issued = await issueApiToken(db, { userId: user.id, name: "matrix", expiresInDays: 30 }, SYSTEM_ACTOR);
    if (!setup.active) await db.user.update({ where: { id: user.id }, data: { active: false, deactivatedAt: new Date() } });
    users[caller] = user;
    tokens[caller] = issued.token;
  }
  return { teamA, teamB, users, tokens };
}

import { randomBytes, randomUUID } from "node:crypto";
import type { Actor, OrgRole } from "@/lib/policy/capabilities";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import type { SignOffInput } from "@/lib/schemas/review";
import type { SubmissionInput } from "@/lib/schemas/submission";
import { submitReviewRequest } from "@/lib/server/submissions/submit-review-request";

/**
 * A small world of its own per test (team, people, licenses, a base version), with unique names so
 * test files can share the one database of the run.
 */

export interface TestUser {
  id: string;
  email: string;
  actor: Actor;
}

export interface World {
  tag: string;
  teamId: string;
  otherTeamId: string;
  member: TestUser;
  legal: TestUser;
  legal2: TestUser;
  tech: TestUser;
  tech2: TestUser;
  licenses: { permissive: string; noCommercial: string; silent: string };
  base: { id: string; sha256: string; name: string };
}

export async function createUser(db: PrismaClient, tag: string, label: string, roles: OrgRole[], teamIds: string[]): Promise<TestUser> {
  const email = `${label}-${tag}-${randomBytes(2).toString("hex")}@integration.test`;
  const user = await db.user.create({
    data: { email, name: `${label} ${tag}`, roles, memberships: { create: teamIds.map((teamId) => ({ teamId })) } },
    select: { id: true },
  });
  return { id: user.id, email, actor: { id: user.id, email, active: true, roles, teamIds } };
}

export async function createLicense(db: PrismaClient, key: string, terms: Partial<Record<IntendedUse, TermStatus>>): Promise<string> {
  const license = await db.license.create({
    data: {
      key,
      name: key.replace("LicenseRef-", ""),
      versions: {
        create: {
          revision: 1,
          terms: { create: Object.entries(terms).map(([use, status]) => ({ use: use as IntendedUse, status })) },
        },
      },
    },
    select: { id: true },
  });
  return license.id;
}

const allUses = (status: TermStatus) => Object.fromEntries(INTENDED_USES.map((use) => [use, status])) as Record<IntendedUse, TermStatus>;

export async function createWorld(db: PrismaClient = prisma): Promise<World> {
  const tag = randomUUID().slice(0, 8);
  await db.architecture.createMany({
    data: [
      { key: "SD1", name: "Stable Diffusion 1.x" },
      { key: "SDXL", name: "Stable Diffusion XL" },
    ],
    skipDuplicates: true,
  });
  const team = await db.team.create({ data: { slug: `team-${tag}`, name: `Team ${tag}` }, select: { id: true } });
  const otherTeam = await db.team.create({ data: { slug: `other-${tag}`, name: `Other ${tag}` }, select: { id: true } });
  const [member, legal, legal2, tech, tech2] = await Promise.all([
    createUser(db, tag, "member", [], [team.id]),
    createUser(db, tag, "legal", ["LEGAL_REVIEWER"], []),
    createUser(db, tag, "legal2", ["LEGAL_REVIEWER"], []),
    createUser(db, tag, "tech", ["TECH_REVIEWER"], []),
    createUser(db, tag, "tech2", ["TECH_REVIEWER"], []),
  ]);
  const licenses = {
    permissive: await createLicense(db, `LicenseRef-permissive-${tag}`, allUses("ALLOWED")),
    noCommercial: await createLicense(db, `LicenseRef-no-commercial-${tag}`, { ...allUses("ALLOWED"), COMMERCIAL_OUTPUTS: "FORBIDDEN" }),
    silent: await createLicense(db, `LicenseRef-silent-${tag}`, { INTERNAL_EXPLORATION: "ALLOWED" }),
  };
  const sha256 = randomBytes(32).toString("hex");
  const name = `Base ${tag}`;
  const base = await db.checkpointVersion.create({
    data: {
      version: "1.0",
      kind: "BASE",
      architecture: { connect: { key: "SDXL" } },
      sha256,
      checkpoint: { create: { slug: `base-${tag}`, name } },
      licenses: { create: [{ license: { connect: { id: licenses.permissive } } }] },
    },
    select: { id: true },
  });
  return {
    tag,
    teamId: team.id,
    otherTeamId: otherTeam.id,
    member,
    legal,
    legal2,
    tech,
    tech2,
    licenses,
    base: { id: base.id, sha256, name: `${name} 1.0` },
  };
}

/** A catalogued version of its own (one license layer), so each scenario has a fresh subject. */
export async function createVersion(world: World, licenseId: string, db: PrismaClient = prisma): Promise<string> {
  const suffix = randomBytes(3).toString("hex");
  const version = await db.checkpointVersion.create({
    data: {
      version: "1.0",
      kind: "FINETUNE",
      architecture: { connect: { key: "SDXL" } },
      checkpoint: { create: { slug: `subject-${world.tag}-${suffix}`, name: `Subject ${world.tag} ${suffix}` } },
      licenses: { create: [{ license: { connect: { id: licenseId } } }] },
      parentEdges: { create: [{ parent: { connect: { id: world.base.id } }, relation: "FINETUNE" }] },
    },
    select: { id: true },
  });
  return version.id;
}

export function existingSubmission(world: World, versionId: string, uses: IntendedUse[] = ["INTERNAL_EXPLORATION"]): SubmissionInput {
  return {
    mode: "existing",
    teamId: world.teamId,
    versionId,
    uses,
    justification: "We need it for the spring campaign storyboards.",
    detectedArchitecture: null,
  };
}

/** A submitted request for a fresh catalogued version; returns its id. */
export async function submitRequest(
  world: World,
  options: { licenseId?: string; uses?: IntendedUse[]; db?: PrismaClient } = {},
): Promise<{ requestId: string; versionId: string }> {
  const db = options.db ?? prisma;
  const versionId = await createVersion(world, options.licenseId ?? world.licenses.permissive, db);
  return submitReviewRequest(world.member.actor, existingSubmission(world, versionId, options.uses), db);
}

export function approve(requestId: string, revision: number, capacity: SignOffInput["capacity"], extra: Partial<SignOffInput> = {}): SignOffInput {
  return {
    requestId,
    revision,
    capacity,
    decision: "APPROVE",
    comment: null,
    conditions: [],
    reviewBy: null,
    scopeAllTeams: false,
    waivers: {},
    ...extra,
  };
}

export function decide(
  requestId: string,
  revision: number,
  capacity: SignOffInput["capacity"],
  decision: SignOffInput["decision"],
  comment: string | null,
): SignOffInput {
  return { ...approve(requestId, revision, capacity), decision, comment };
}

export function inAYear(): Date {
  return new Date(Date.now() + 365 * 24 * 3600 * 1000);
}

export async function requestRow(requestId: string, db: PrismaClient = prisma) {
  return db.reviewRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { status: true, round: true, revision: true, signOffs: { orderBy: { createdAt: "asc" } }, approval: { include: { uses: true, waivers: true } } },
  });
}

/** The actions of the audit events about a row: as their subject, or as a row the action also changed. */
export async function auditActions(subjectId: string, db: PrismaClient = prisma): Promise<string[]> {
  const events = await db.auditEvent.findMany({
    where: { OR: [{ subjectId }, { relatedIds: { has: subjectId } }] },
    orderBy: { id: "asc" },
    select: { action: true },
  });
  return events.map((event) => event.action);
}

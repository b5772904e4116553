import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { AuditAction } from "@/lib/audit/actions";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { recordAuditEvent, SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/password";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { loadLineageFacts } from "@/lib/server/licensing/effective-terms";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import { toEffectiveTermsSnapshot } from "@/lib/licensing/snapshot";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { libraryRevisionFields } from "@/lib/server/licenses/license-library";
import { licenseVersionData } from "@/lib/server/licenses/license-terms";
import { ARCHITECTURES } from "@/prisma/seed-data/architectures";
import { BASE_CHECKPOINTS } from "@/prisma/seed-data/checkpoints";
import { COMMUNITY_CHECKPOINTS } from "@/prisma/seed-data/community-checkpoints";
import { DEMO_APPROVALS } from "@/prisma/seed-data/demo-approvals";
import { DEMO_DERIVATIVES } from "@/prisma/seed-data/demo-derivatives";
import { DEMO_USERS } from "@/prisma/seed-data/demo-users";
import { LICENSES } from "@/prisma/seed-data/licenses";
import { TEAMS } from "@/prisma/seed-data/teams";
import type { SeedApproval, SeedCheckpoint, SeedLicense, SeedVersion, VersionRef } from "@/prisma/seed-data/types";

/**
 * The seed catalog (prisma/seed-data) written into a database. It only ever inserts what is
 * missing, found by natural key (architecture key, license key + revision, team slug, user email,
 * checkpoint slug, checkpoint slug + version label, lineage parent + child), and never updates a
 * row: an admin's later edits survive, and a second run writes nothing, not even an audit event.
 *
 * What belongs to an entity is created with it and only then: a license revision's terms, a
 * version's license layers and creator terms, a user's roles and team memberships. So a re-seed
 * never re-grants a membership or re-adds a license layer that an admin removed. Lineage edges are
 * keyed by parent + child: a missing one is added unless it would now close a cycle. A demo
 * approval is keyed by version + team scope, and is granted (with its review request and the demo
 * reviewers' sign-offs) only while that version has no approval for that scope. Every version
 * without a browse summary gets one (syncVersionSummaries), so a second run writes nothing there either.
 *
 * Everything runs in one transaction under an advisory lock, so two app instances starting at
 * once seed exactly once. Passwords are hashed before the transaction (scrypt is slow).
 * No side effects at import: scripts import this module.
 */

export const SEED_CHECKPOINTS: readonly SeedCheckpoint[] = [...BASE_CHECKPOINTS, ...COMMUNITY_CHECKPOINTS, ...DEMO_DERIVATIVES];

export interface SeedSummary {
  architectures: number;
  licenses: number;
  licenseVersions: number;
  licenseTerms: number;
  teams: number;
  users: number;
  memberships: number;
  checkpoints: number;
  checkpointVersions: number;
  versionLicenses: number;
  creatorTerms: number;
  lineageEdges: number;
  auditEvents: number;
  /** Seed edges not created because, after an admin's lineage edits, they would close a cycle. */
  lineageEdgesSkipped: number;
  reviewRequests: number;
  signOffs: number;
  approvals: number;
  /** Versions whose browse summary was (re)built. */
  versionSummaries: number;
}

// "SEED" in ASCII; distinct from the migration and audit-chain locks.
const SEED_LOCK_KEY = 0x53454544;

/** What to seed; tests pass an earlier library to build a registry as an older release left it. */
export interface SeedLibrary {
  licenses: readonly SeedLicense[];
  checkpoints: readonly SeedCheckpoint[];
  approvals: readonly SeedApproval[];
}

export async function seedDatabase(
  prisma: PrismaClient,
  library: SeedLibrary = { licenses: LICENSES, checkpoints: SEED_CHECKPOINTS, approvals: DEMO_APPROVALS },
): Promise<SeedSummary> {
  const existingUsers = await prisma.user.findMany({
    where: { email: { in: DEMO_USERS.map((user) => user.email) } },
    select: { email: true },
  });
  const known = new Set(existingUsers.map((user) => user.email));
  const missing = DEMO_USERS.filter((user) => !known.has(user.email));
  const hashes = new Map(await Promise.all(missing.map(async (user) => [user.email, await hashPassword(user.password)] as const)));

  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const summary = emptySummary();
      const audit = async (action: AuditAction, subjectType: string, subjectId: string, after: unknown, teamId?: string) => {
        await recordAuditEvent(tx, { actor: SYSTEM_ACTOR, action, subjectType, subjectId, teamId, before: null, after });
        summary.auditEvents += 1;
      };

      for (const architecture of ARCHITECTURES) {
        if (await tx.architecture.findUnique({ where: { key: architecture.key }, select: { key: true } })) continue;
        await tx.architecture.create({ data: architecture });
        summary.architectures += 1;
        await audit("architecture.seeded", "Architecture", architecture.key, architecture);
      }

      const licenseIds = new Map<string, string>();
      for (const license of library.licenses) {
        licenseIds.set(license.key, await seedLicense(tx, license, summary, audit));
      }

      const teamIds = new Map<string, string>();
      for (const team of TEAMS) {
        const existing = await tx.team.findUnique({ where: { slug: team.slug }, select: { id: true } });
        if (existing) {
          teamIds.set(team.slug, existing.id);
          continue;
        }
        const created = await tx.team.create({ data: team, select: { id: true } });
        teamIds.set(team.slug, created.id);
        summary.teams += 1;
        await audit("team.seeded", "Team", created.id, team, created.id);
      }

      for (const user of DEMO_USERS) {
        if (await tx.user.findUnique({ where: { email: user.email }, select: { id: true } })) continue;
        const passwordHash = hashes.get(user.email) ?? (await hashPassword(user.password));
        const created = await tx.user.create({
          data: {
            email: user.email,
            name: user.name,
            passwordHash,
            roles: user.roles,
            memberships: { create: user.teams.map((slug) => ({ teamId: required(teamIds, slug) })) },
          },
          select: { id: true },
        });
        summary.users += 1;
        summary.memberships += user.teams.length;
        await audit("user.seeded", "User", created.id, { email: user.email, name: user.name, roles: user.roles, teams: user.teams });
      }

      const versionIds = new Map<string, string>();
      for (const checkpoint of library.checkpoints) {
        let checkpointId = (await tx.checkpoint.findUnique({ where: { slug: checkpoint.slug }, select: { id: true } }))?.id;
        if (!checkpointId) {
          const { slug, name, aliases, description } = checkpoint;
          checkpointId = (await tx.checkpoint.create({ data: { slug, name, aliases, description }, select: { id: true } })).id;
          summary.checkpoints += 1;
          await audit("checkpoint.seeded", "Checkpoint", checkpointId, { slug, name, aliases });
        }
        for (const version of checkpoint.versions) {
          const ref = { checkpoint: checkpoint.slug, version: version.version };
          versionIds.set(refKey(ref), await seedVersion(tx, checkpointId, ref, version, licenseIds, summary, audit));
        }
      }

      for (const checkpoint of library.checkpoints) {
        for (const version of checkpoint.versions) {
          const child = { checkpoint: checkpoint.slug, version: version.version };
          const childId = required(versionIds, refKey(child));
          for (const parent of version.parents) {
            const parentId = required(versionIds, refKey(parent));
            if (await tx.lineageEdge.findUnique({ where: { parentId_childId: { parentId, childId } }, select: { id: true } })) continue;
            if (await wouldCloseCycle(tx, parentId, childId)) {
              summary.lineageEdgesSkipped += 1;
              continue;
            }
            const edge = await tx.lineageEdge.create({
              data: { parentId, childId, relation: parent.relation, weight: parent.weight },
              select: { id: true },
            });
            summary.lineageEdges += 1;
            await audit("lineage.edge_seeded", "LineageEdge", edge.id, {
              parent: refKey(parent),
              child: refKey(child),
              relation: parent.relation,
              weight: parent.weight,
            });
          }
        }
      }

      // Versions added above (and any an older release left without one) get their browse summary.
      const unsummarized = await tx.checkpointVersion.findMany({ where: { summary: null }, select: { id: true } });
      summary.versionSummaries += (
        await syncVersionSummaries(
          tx,
          unsummarized.map((version) => version.id),
        )
      ).synced;

      for (const approval of library.approvals) {
        await seedApproval(tx, approval, versionIds, teamIds, summary, audit);
      }
      return summary;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

type Audit = (action: AuditAction, subjectType: string, subjectId: string, after: unknown, teamId?: string) => Promise<void>;

// A licence missing from the database is created with every revision of the library, oldest first.
// An existing licence is left as it is: newer terms reach an existing database only through a
// person's update (`npm run licenses:update`), which flags the approvals that relied on the old ones.
async function seedLicense(tx: TransactionClient, license: SeedLicense, summary: SeedSummary, audit: Audit): Promise<string> {
  const existing = await tx.license.findUnique({ where: { key: license.key }, select: { id: true } });
  if (existing) return existing.id;
  const revisions = license.revisions.map((revision, index) => licenseVersionData(libraryRevisionFields(revision), index + 1, null));
  const { key, name, aliases, url } = license;
  const created = await tx.license.create({ data: { key, name, aliases, url, versions: { create: revisions } }, select: { id: true } });
  summary.licenses += 1;
  summary.licenseVersions += revisions.length;
  summary.licenseTerms += revisions.length * INTENDED_USES.length;
  const current = license.revisions[license.revisions.length - 1]!;
  await audit("license.seeded", "License", created.id, {
    key,
    name,
    aliases,
    url,
    revisions: license.revisions.map((revision, index) => ({ revision: index + 1, label: revision.label })),
    terms: Object.fromEntries(INTENDED_USES.map((use) => [use, current.terms[use].status])),
  });
  return created.id;
}

async function seedVersion(
  tx: TransactionClient,
  checkpointId: string,
  ref: VersionRef,
  version: SeedVersion,
  licenseIds: ReadonlyMap<string, string>,
  summary: SeedSummary,
  audit: Audit,
): Promise<string> {
  const existing = await tx.checkpointVersion.findUnique({
    where: { checkpointId_version: { checkpointId, version: ref.version } },
    select: { id: true },
  });
  if (existing) return existing.id;

  const { licenseKeys, creatorTerms, parents, ...fields } = version;
  const created = await tx.checkpointVersion.create({
    data: {
      ...fields,
      checkpointId,
      licenses: { create: licenseKeys.map((key) => ({ licenseId: required(licenseIds, key) })) },
      creatorTerms: creatorTerms ? { create: creatorTerms } : undefined,
    },
    select: { id: true },
  });
  summary.checkpointVersions += 1;
  summary.versionLicenses += licenseKeys.length;
  summary.creatorTerms += creatorTerms ? 1 : 0;
  await audit("version.seeded", "CheckpointVersion", created.id, {
    checkpoint: ref.checkpoint,
    version: ref.version,
    kind: version.kind,
    architectureKey: version.architectureKey,
    publisher: version.publisher,
    licenses: licenseKeys,
    creatorTerms,
    parents: parents.map((parent) => ({ parent: refKey(parent), relation: parent.relation, weight: parent.weight })),
  });
  return created.id;
}

const DAY_MS = 24 * 60 * 60 * 1000;

async function seedApproval(
  tx: TransactionClient,
  approval: SeedApproval,
  versionIds: ReadonlyMap<string, string>,
  teamIds: ReadonlyMap<string, string>,
  summary: SeedSummary,
  audit: Audit,
): Promise<void> {
  const versionId = required(versionIds, refKey(approval.version));
  const teamId = required(teamIds, approval.team);
  const scope = approval.allTeams ? null : teamId;
  if (await tx.approval.findFirst({ where: { versionId, teamId: scope }, select: { id: true } })) return;

  const people = await tx.user.findMany({
    where: { email: { in: [approval.submitter, LEGAL_SIGNER, TECH_SIGNER] }, active: true },
    select: { id: true, email: true },
  });
  const idOf = (email: string) => people.find((person) => person.email === email)?.id;
  const [submitterId, legalId, techId] = [idOf(approval.submitter), idOf(LEGAL_SIGNER), idOf(TECH_SIGNER)];
  // An admin removed or deactivated a demo user: leave the demo approval out rather than invent a signer.
  if (!submitterId || !legalId || !techId) return;

  const facts = await loadLineageFacts(tx, versionId);
  if (!facts) return;
  const seenTerms = toEffectiveTermsSnapshot(computeEffectiveTerms(facts.input)) as unknown as Prisma.InputJsonValue;
  const now = new Date();
  const reviewBy = new Date(now.getTime() + approval.reviewByDays * DAY_MS);
  const waivers = approval.waivers.map((waiver) => ({
    use: waiver.use,
    reason: waiver.reason,
    reference: waiver.reference,
    comment: waiver.comment,
    expiresAt: new Date(now.getTime() + waiver.expiresInDays * DAY_MS),
  }));

  const request = await tx.reviewRequest.create({
    data: {
      teamId,
      submitterId,
      versionId,
      requestedUses: approval.uses,
      justification: approval.justification,
      status: "APPROVED",
      submittedAt: now,
      decidedAt: now,
      signOffs: {
        create: [
          {
            reviewerId: legalId,
            capacity: "LEGAL",
            decision: "APPROVE",
            round: 1,
            effectiveTerms: seenTerms,
            conditions: approval.conditions,
            reviewBy,
            waivers: waivers.map((waiver) => ({ ...waiver, expiresAt: waiver.expiresAt.toISOString() })),
            scopeAllTeams: approval.allTeams,
          },
          { reviewerId: techId, capacity: "TECHNICAL", decision: "APPROVE", round: 1, effectiveTerms: seenTerms, reviewBy },
        ],
      },
    },
    select: { id: true },
  });
  summary.reviewRequests += 1;
  summary.signOffs += 2;
  await audit(
    "review.seeded",
    "ReviewRequest",
    request.id,
    {
      version: refKey(approval.version),
      team: approval.team,
      submitter: approval.submitter,
      uses: approval.uses,
      status: "APPROVED",
      signOffs: [
        { reviewer: LEGAL_SIGNER, capacity: "LEGAL", decision: "APPROVE" },
        { reviewer: TECH_SIGNER, capacity: "TECHNICAL", decision: "APPROVE" },
      ],
    },
    teamId,
  );

  await grantApproval(tx, SYSTEM_ACTOR, {
    versionId,
    requestId: request.id,
    teamId: scope,
    uses: approval.uses,
    conditions: approval.conditions,
    reviewBy,
    waivers: waivers.map((waiver) => ({ ...waiver, grantedById: legalId })),
  });
  summary.approvals += 1;
  summary.auditEvents += 1;
}

const LEGAL_SIGNER = "legal@example.com";
const TECH_SIGNER = "tech@example.com";

/** True when `child` already reaches `parent`, so a parent -> child edge would close a cycle. */
async function wouldCloseCycle(tx: TransactionClient, parentId: string, childId: string): Promise<boolean> {
  if (parentId === childId) return true;
  const rows = await tx.$queryRaw<{ found: number }[]>`
    WITH RECURSIVE descendants(id) AS (
      SELECT "childId" FROM "LineageEdge" WHERE "parentId" = ${childId}::uuid
      UNION
      SELECT e."childId" FROM "LineageEdge" e JOIN descendants d ON e."parentId" = d.id
    )
    SELECT 1 AS found FROM descendants WHERE id = ${parentId}::uuid LIMIT 1`;
  return rows.length > 0;
}

function refKey(ref: VersionRef): string {
  return `${ref.checkpoint}@${ref.version}`;
}

function required(map: ReadonlyMap<string, string>, key: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`Seed data refers to ${key}, which the seed does not define.`);
  return value;
}

function emptySummary(): SeedSummary {
  return {
    architectures: 0,
    licenses: 0,
    licenseVersions: 0,
    licenseTerms: 0,
    teams: 0,
    users: 0,
    memberships: 0,
    checkpoints: 0,
    checkpointVersions: 0,
    versionLicenses: 0,
    creatorTerms: 0,
    lineageEdges: 0,
    auditEvents: 0,
    lineageEdgesSkipped: 0,
    reviewRequests: 0,
    signOffs: 0,
    approvals: 0,
    versionSummaries: 0,
  };
}

import "server-only";
import { randomUUID } from "node:crypto";
import { readApprovalState } from "@/lib/approvals/approval-state";
import type { BomApproval, BomVersion } from "@/lib/bom/bom-input";
import { buildCycloneDxBom, type CycloneDxBom } from "@/lib/bom/cyclonedx-bom";
import type { BomQuery } from "@/lib/api/bom-query";
import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { withAncestors } from "@/lib/server/licensing/effective-terms";
import { prisma } from "@/lib/server/db/prisma";

type Db = PrismaClient | TransactionClient;

const bomVersionSelect = {
  id: true,
  version: true,
  kind: true,
  architectureKey: true,
  publisher: true,
  sourceUrl: true,
  sha256: true,
  fileName: true,
  fileSizeBytes: true,
  checkpoint: { select: { name: true, slug: true, description: true } },
  licenses: { select: { license: { select: { key: true, name: true, url: true } } }, orderBy: { createdAt: "asc" } },
  creatorTerms: { select: { sourceUrl: true } },
  parentEdges: { select: { parentId: true, relation: true, weight: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.CheckpointVersionSelect;

const bomApprovalSelect = {
  id: true,
  versionId: true,
  status: true,
  reviewBy: true,
  grantedAt: true,
  conditions: true,
  team: { select: { slug: true, name: true } },
  uses: { select: { use: true, condition: true } },
  waivers: { select: { use: true, reason: true, expiresAt: true } },
} satisfies Prisma.ApprovalSelect;

/** The BOM of one version (every approval it has, with its state now), or null if there is no such version. */
export async function loadVersionBom(db: Db, versionId: string, origin: string, now = new Date()): Promise<CycloneDxBom | null> {
  const exists = await db.checkpointVersion.findUnique({ where: { id: versionId }, select: { id: true } });
  if (!exists) return null;
  const approvals = await db.approval.findMany({ where: { versionId }, select: bomApprovalSelect, orderBy: { grantedAt: "asc" } });
  const versions = await loadBomVersions(db, [versionId], approvals, now);
  return buildCycloneDxBom([versionId], versions, { origin, serialUuid: randomUUID(), now });
}

/**
 * Everything approved for a team and a use right now: versions with an ACTIVE approval for that
 * use, scoped to the team or to every team, before its review-by date and every waiver's expiry
 * (the same rule as the lookup API). Null when the team does not exist.
 */
export async function loadTeamBom(db: Db, query: BomQuery, origin: string, now = new Date()): Promise<CycloneDxBom | null> {
  const team = await db.team.findUnique({ where: { slug: query.team }, select: { id: true, slug: true, name: true } });
  if (!team) return null;
  const holding = await db.versionUseApproval.findMany({
    where: { use: query.use, status: "ACTIVE", validUntil: { gt: now }, OR: [{ teamId: null }, { teamId: team.id }] },
    select: { approvalId: true, versionId: true },
  });
  const approvals = await db.approval.findMany({
    where: { id: { in: holding.map((row) => row.approvalId) } },
    select: bomApprovalSelect,
    orderBy: { grantedAt: "asc" },
  });
  const rootIds = [...new Set(holding.map((row) => row.versionId))];
  const versions = await loadBomVersions(db, rootIds, approvals, now);
  const ordered = rootIds.sort((a, b) => {
    const left = versions.get(a)!;
    const right = versions.get(b)!;
    return left.checkpointName.localeCompare(right.checkpointName) || left.version.localeCompare(right.version);
  });
  return buildCycloneDxBom(ordered, versions, { origin, serialUuid: randomUUID(), now, scope: { team: { slug: team.slug, name: team.name }, use: query.use } });
}

type ApprovalRow = Prisma.ApprovalGetPayload<{ select: typeof bomApprovalSelect }>;

async function loadBomVersions(db: Db, rootIds: string[], approvals: ApprovalRow[], now: Date): Promise<Map<string, BomVersion>> {
  const ids = await withAncestors(db, rootIds);
  const [rows, summaries] = await Promise.all([
    db.checkpointVersion.findMany({ where: { id: { in: ids } }, select: bomVersionSelect }),
    db.versionSummary.findMany({ where: { versionId: { in: ids } }, select: { versionId: true, effectiveTerms: true } }),
  ]);
  const effectiveOf = new Map(summaries.map((summary) => [summary.versionId, summary.effectiveTerms]));
  const versions = new Map<string, BomVersion>();
  for (const row of rows) {
    versions.set(row.id, {
      id: row.id,
      checkpointName: row.checkpoint.name,
      checkpointSlug: row.checkpoint.slug,
      version: row.version,
      kind: row.kind,
      architecture: row.architectureKey,
      publisher: row.publisher,
      description: row.checkpoint.description,
      sourceUrl: row.sourceUrl,
      sha256: row.sha256,
      fileName: row.fileName,
      fileSizeBytes: row.fileSizeBytes === null ? null : Number(row.fileSizeBytes),
      licenses: row.licenses.map((entry) => entry.license),
      creatorTermsUrl: row.creatorTerms?.sourceUrl ?? null,
      parents: row.parentEdges.map((edge) => ({ id: edge.parentId, relation: edge.relation, weight: edge.weight })),
      effective: Object.fromEntries((effectiveOf.get(row.id) ?? []).map((entry) => entry.split(":"))) as Partial<Record<IntendedUse, TermStatus>>,
      approvals: approvals.filter((approval) => approval.versionId === row.id).map((approval) => toBomApproval(approval, now)),
    });
  }
  return versions;
}

function toBomApproval(approval: ApprovalRow, now: Date): BomApproval {
  return {
    id: approval.id,
    state: readApprovalState({ status: approval.status, reviewBy: approval.reviewBy, waivers: approval.waivers }, now).state,
    team: approval.team,
    uses: approval.uses,
    conditions: approval.conditions,
    reviewBy: approval.reviewBy,
    grantedAt: approval.grantedAt,
    waivers: approval.waivers,
  };
}

/** For route handlers (which never touch the database client themselves): the version's BOM from the app's database. */
export function getVersionBom(versionId: string, origin: string): Promise<CycloneDxBom | null> {
  return loadVersionBom(prisma, versionId, origin);
}

/** For route handlers: a team's (or the whole registry's) BOM from the app's database. */
export function getTeamBom(query: BomQuery, origin: string): Promise<CycloneDxBom | null> {
  return loadTeamBom(prisma, query, origin);
}

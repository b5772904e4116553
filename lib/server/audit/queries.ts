import "server-only";
import { AUDIT_ACTIONS, auditActionName, storedActionsMatching, type AuditAction } from "@/lib/audit/actions";
import { auditSubjectTypeLabel } from "@/lib/audit/subject-types";
import { prisma } from "@/lib/server/db/prisma";
import { nameAuditSubjects, type AuditSubjectName } from "@/lib/server/audit/subject-names";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import type { AuditFilters } from "@/lib/schemas/audit";

export const AUDIT_PAGE_SIZE = 50;
const MAX_CHECKPOINT_VERSIONS = 500;

/** Ids of everything that belongs to the checkpoints whose name matches: versions, their approvals, requests, edges. */
async function checkpointSubjectIds(name: string): Promise<string[]> {
  const versions = await prisma.checkpointVersion.findMany({
    where: { checkpoint: { name: { contains: name, mode: "insensitive" } } },
    select: {
      id: true,
      approvals: { select: { id: true } },
      reviewRequests: { select: { id: true } },
      parentEdges: { select: { id: true } },
    },
    take: MAX_CHECKPOINT_VERSIONS,
  });
  return versions.flatMap((version) => [
    version.id,
    ...version.approvals.map((approval) => approval.id),
    ...version.reviewRequests.map((request) => request.id),
    ...version.parentEdges.map((edge) => edge.id),
  ]);
}

function startOfDay(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function endOfDayExclusive(date: string): Date {
  const end = startOfDay(date);
  end.setUTCDate(end.getUTCDate() + 1);
  return end;
}

export async function buildAuditWhere(filters: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (filters.actor) where.push({ actorLabel: { contains: filters.actor, mode: "insensitive" } });
  if (filters.action) {
    // Today's names and the legacy names stored for the same actions; a name outside both matches as stored.
    const exact = filters.action.endsWith(".") ? { action: { startsWith: filters.action } } : { action: filters.action };
    where.push({ OR: [exact, { action: { in: storedActionsMatching(filters.action) } }] });
  }
  if (filters.subjectType) where.push({ subjectType: filters.subjectType });
  if (filters.team) where.push({ OR: [{ teamId: filters.team }, { relatedIds: { has: filters.team } }] });
  if (filters.from || filters.to) {
    where.push({ createdAt: { ...(filters.from ? { gte: startOfDay(filters.from) } : {}), ...(filters.to ? { lt: endOfDayExclusive(filters.to) } : {}) } });
  }
  if (filters.checkpoint) {
    const ids = await checkpointSubjectIds(filters.checkpoint);
    where.push({ OR: [{ subjectId: { in: ids } }, { relatedIds: { hasSome: ids } }] });
  }
  return where.length > 0 ? { AND: where } : {};
}

const auditEventSelect = {
  id: true,
  createdAt: true,
  actorLabel: true,
  action: true,
  subjectType: true,
  subjectId: true,
  teamId: true,
  before: true,
  after: true,
  requestId: true,
  relatedIds: true,
  prevHash: true,
  hash: true,
} satisfies Prisma.AuditEventSelect;

export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof auditEventSelect }>;

export interface AuditEventDto {
  id: string;
  createdAt: string;
  actor: string;
  /** The vocabulary's name (lib/audit/actions.ts), also for events stored under a legacy name. */
  action: string;
  subjectType: string;
  /** The subject type in words ("Checkpoint version"). */
  subjectTypeLabel: string;
  subjectId: string;
  /** What the subject is called today and where it is shown; null when it no longer exists. */
  subject: AuditSubjectName | null;
  /** The other rows the action changed. */
  relatedIds: string[];
  teamName: string | null;
  before: unknown;
  after: unknown;
}

/** Newest first, keyset-paginated by id (`before`), so any page is as fast as the first. */
export async function listAuditEvents(
  filters: AuditFilters,
  options: { adminLinks?: boolean } = {},
): Promise<{ events: AuditEventDto[]; olderThan: string | null }> {
  const where = await buildAuditWhere(filters);
  const [rows, teams] = await Promise.all([
    prisma.auditEvent.findMany({
      where: filters.before ? { AND: [where, { id: { lt: BigInt(filters.before) } }] } : where,
      orderBy: { id: "desc" },
      take: AUDIT_PAGE_SIZE + 1,
      select: auditEventSelect,
    }),
    prisma.team.findMany({ select: { id: true, name: true } }),
  ]);
  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const names = await nameAuditSubjects(prisma, page, options);
  return {
    events: page.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt.toISOString(),
      actor: row.actorLabel,
      action: auditActionName(row.action),
      subjectType: row.subjectType,
      subjectTypeLabel: auditSubjectTypeLabel(row.subjectType),
      subjectId: row.subjectId,
      subject: names.get(`${row.subjectType}:${row.subjectId}`) ?? null,
      relatedIds: row.relatedIds,
      teamName: row.teamId ? (teamNames.get(row.teamId) ?? row.teamId) : null,
      before: row.before,
      after: row.after,
    })),
    olderThan: rows.length > AUDIT_PAGE_SIZE ? page[page.length - 1]!.id.toString() : null,
  };
}

/** What the filters offer: the teams, the stored subject types, and the whole action vocabulary. */
export async function listAuditFacets(): Promise<{
  teams: { id: string; name: string; slug: string }[];
  subjectTypes: string[];
  actions: readonly AuditAction[];
}> {
  const [teams, subjectTypes] = await Promise.all([
    prisma.team.findMany({ select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } }),
    prisma.auditEvent.findMany({ distinct: ["subjectType"], select: { subjectType: true }, orderBy: { subjectType: "asc" } }),
  ]);
  return { teams, subjectTypes: subjectTypes.map((row) => row.subjectType), actions: AUDIT_ACTIONS };
}

/** Every matching event, oldest first, a batch at a time: exports never hold the whole trail in memory. */
export async function* auditEventsForExport(filters: AuditFilters, batchSize = 1_000): AsyncGenerator<AuditEventRow> {
  const where = await buildAuditWhere(filters);
  let after: bigint | null = null;
  for (;;) {
    const batch: AuditEventRow[] = await prisma.auditEvent.findMany({
      where: after === null ? where : { AND: [where, { id: { gt: after } }] },
      orderBy: { id: "asc" },
      take: batchSize,
      select: auditEventSelect,
    });
    yield* batch;
    if (batch.length < batchSize) return;
    after = batch[batch.length - 1]!.id;
  }
}

import "server-only";
import { generationMetadataFrom } from "@/lib/image-metadata/generation-metadata";
import { imageVerdicts, type ImageCheckResult, type ModelCheck, type UseApprovalFact } from "@/lib/image-metadata/image-verdict";
import type { GenerationMetadata } from "@/lib/image-metadata/model-reference";
import { canCheckImages, type Actor } from "@/lib/policy/capabilities";
import type { ImageCheckRequest } from "@/lib/schemas/image-check";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { assertAllowed, NotFoundError, ValidationError } from "@/lib/server/errors";
import { Prisma } from "@/lib/server/generated/prisma/client";
import { identifyModel } from "@/lib/server/images/identify-model";

type Db = PrismaClient | TransactionClient;

/**
 * "Was this image made with an approved model?" for the caller's team: identifies every model the
 * metadata names and reads the approvals that hold for them right now. Reads only.
 */
export async function checkImage(db: Db, actor: Actor | null, request: ImageCheckRequest): Promise<ImageCheckResult> {
  assertAllowed(canCheckImages(actor), actor !== null);
  const team = await resolveTeam(db, actor!, request.team);
  const teamRef = team && { slug: team.slug, name: team.name };
  // Models as the browser extracted them, or the raw texts read here the same way.
  const metadata: (Pick<GenerationMetadata, "models"> & { generator: GenerationMetadata["generator"] | null }) | null =
    request.models !== undefined
      ? { generator: request.generator ?? null, models: request.models }
      : generationMetadataFrom({ parameters: request.parameters, prompt: request.prompt, workflow: request.workflow });
  if (!metadata) return { status: "NO_METADATA", generator: null, team: teamRef, models: [], verdicts: imageVerdicts(false, [], teamRef) };

  const identified = await Promise.all(metadata.models.map(async (reference) => ({ reference, identification: await identifyModel(db, reference) })));
  const versionIds = [...new Set(identified.flatMap(({ identification }) => (identification.status === "IDENTIFIED" ? [identification.version.id] : [])))];
  const approvals = await approvalsNow(db, versionIds, team?.id ?? null);
  const models: ModelCheck[] = identified.map(({ reference, identification }) => ({
    reference,
    identification,
    approvals: identification.status === "IDENTIFIED" ? (approvals.get(identification.version.id) ?? []) : [],
  }));
  return { status: "CHECKED", generator: metadata.generator, team: teamRef, models, verdicts: imageVerdicts(true, models, teamRef) };
}

/** The team asked for (one the caller belongs to), else the caller's only team, else none: approvals for every team only. */
async function resolveTeam(db: Db, actor: Actor, slug: string | undefined): Promise<{ id: string; slug: string; name: string } | null> {
  if (slug) {
    const team = await db.team.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
    if (!team) throw new NotFoundError(`There is no team "${slug}".`);
    assertAllowed(canCheckImages(actor, team.id));
    return team;
  }
  if (actor.teamIds.length === 0) return null;
  if (actor.teamIds.length > 1) throw new ValidationError("You belong to several teams: say which one the check is for (team).", { team: ["Choose a team."] });
  return db.team.findUniqueOrThrow({ where: { id: actor.teamIds[0]! }, select: { id: true, slug: true, name: true } });
}

interface ApprovalRow {
  versionId: string;
  approvalId: string;
  use: UseApprovalFact["use"];
  validUntil: Date;
  conditions: string[];
  teamSlug: string | null;
  teamName: string | null;
  waiverReason: string | null;
  waiverExpiresAt: Date | null;
}

/** Approvals that hold now (ACTIVE, before their review-by date and every waiver's expiry) for the team or for every team. */
async function approvalsNow(db: Db, versionIds: string[], teamId: string | null): Promise<Map<string, UseApprovalFact[]>> {
  const byVersion = new Map<string, UseApprovalFact[]>();
  if (versionIds.length === 0) return byVersion;
  const team = teamId ? Prisma.sql`(g."teamId" IS NULL OR g."teamId" = ${teamId}::uuid)` : Prisma.sql`g."teamId" IS NULL`;
  const rows = await db.$queryRaw<ApprovalRow[]>(Prisma.sql`
    SELECT g."versionId"::text AS "versionId", g."approvalId"::text AS "approvalId", g."use"::text AS "use", g."validUntil",
      a.conditions || CASE WHEN au.condition IS NULL THEN ARRAY[]::text[] ELSE ARRAY[au.condition] END AS conditions,
      t.slug AS "teamSlug", t.name AS "teamName", w.reason::text AS "waiverReason", w."expiresAt" AS "waiverExpiresAt"
    FROM "VersionUseApproval" g
    JOIN "Approval" a ON a.id = g."approvalId"
    JOIN "ApprovalUse" au ON au."approvalId" = g."approvalId" AND au."use" = g."use"
    LEFT JOIN "Team" t ON t.id = g."teamId"
    LEFT JOIN "Waiver" w ON w."approvalId" = g."approvalId" AND w."use" = g."use"
    WHERE g."versionId" = ANY(${versionIds}::uuid[]) AND g."status" = 'ACTIVE' AND g."validUntil" > now() AND ${team}
    ORDER BY g."use", g."validUntil" DESC, g."approvalId"`);
  for (const row of rows) {
    const list = byVersion.get(row.versionId) ?? [];
    list.push({
      use: row.use,
      approvalId: row.approvalId,
      team: row.teamSlug && row.teamName ? { slug: row.teamSlug, name: row.teamName } : null,
      conditions: [...new Set(row.conditions)],
      validUntil: row.validUntil.toISOString(),
      waiver: row.waiverReason && row.waiverExpiresAt ? { reason: row.waiverReason, expiresAt: row.waiverExpiresAt.toISOString() } : null,
    });
    byVersion.set(row.versionId, list);
  }
  return byVersion;
}

import "server-only";
import { Prisma } from "@/lib/server/generated/prisma/client";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { hashPrefixRange } from "@/lib/catalog/autov2";
import type { LookupQuery } from "@/lib/catalog/lookup-query";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";

type Db = PrismaClient | TransactionClient;

export interface LookupApproval {
  approvalId: string;
  /** null: approved for every team. */
  team: { slug: string; name: string } | null;
  use: IntendedUse;
  waived: boolean;
  /** Until when it holds: the review-by date or an earlier waiver expiry. */
  validUntil: string;
  /** The approval's conditions and the condition of this use, once each. */
  conditions: string[];
}

export interface LookupMatch {
  id: string;
  name: string;
  version: string;
  checkpoint: { name: string; slug: string };
  /** The file's full SHA-256 (a lookup by AutoV2 may match several). */
  sha256: string;
  architecture: string;
  kind: string;
  effectiveTerms: Partial<Record<IntendedUse, TermStatus>>;
  /** Uses approved right now for every team, and for the team asked about when given. */
  approvedUses: IntendedUse[];
  approvals: LookupApproval[];
}

interface RawMatch extends Omit<LookupMatch, "effectiveTerms" | "approvedUses"> {
  effectiveTerms: string[] | null;
}

/**
 * The catalogued versions with this file hash (the full SHA-256, or its AutoV2 prefix: a range on
 * the same index, and every version whose hash starts with it) and the uses approved for them right
 * now: one query on the sha256 index. Only approvals for the team asked about (if any) and for every
 * team count, and only those that hold at this moment (status ACTIVE and before
 * their review-by date and every waiver's expiry), compared with now() in the query.
 */
export function lookupStatement(query: LookupQuery): Prisma.Sql {
  // A team's approval is for that team to rely on: asked without a team, only approvals for every team count.
  const team = query.team ? Prisma.sql`AND (g."teamId" IS NULL OR t.slug = ${query.team})` : Prisma.sql`AND g."teamId" IS NULL`;
  const use = query.use ? Prisma.sql`AND g."use" = ${query.use}::"IntendedUse"` : Prisma.empty;
  return Prisma.sql`
    SELECT v.id, v.version, c.name || ' ' || v.version AS name, json_build_object('name', c.name, 'slug', c.slug) AS checkpoint, v.sha256,
      v."architectureKey" AS architecture, v.kind::text AS kind, s."effectiveTerms" AS "effectiveTerms",
      (SELECT coalesce(json_agg(json_build_object(
          'approvalId', g."approvalId",
          'team', CASE WHEN t.id IS NULL THEN NULL ELSE json_build_object('slug', t.slug, 'name', t.name) END,
          'use', g."use", 'waived', g.waived, 'validUntil', g."validUntil",
          'conditions', a.conditions || CASE WHEN au.condition IS NULL THEN ARRAY[]::text[] ELSE ARRAY[au.condition] END)
          ORDER BY g."use", g."approvalId"), '[]'::json)
        FROM "VersionUseApproval" g
        JOIN "Approval" a ON a.id = g."approvalId"
        JOIN "ApprovalUse" au ON au."approvalId" = g."approvalId" AND au."use" = g."use"
        LEFT JOIN "Team" t ON t.id = g."teamId"
        WHERE g."versionId" = v.id AND g."status" = 'ACTIVE' AND g."validUntil" > now() ${use} ${team}) AS approvals
    FROM "CheckpointVersion" v
    JOIN "Checkpoint" c ON c.id = v."checkpointId"
    LEFT JOIN "VersionSummary" s ON s."versionId" = v.id
    WHERE ${fileHashCondition(query)}
    ORDER BY c.name, v.version`;
}

function fileHashCondition(query: Pick<LookupQuery, "sha256" | "autov2">): Prisma.Sql {
  if (query.sha256) return Prisma.sql`v.sha256 = ${query.sha256}`;
  if (!query.autov2) throw new Error("A lookup needs a sha256 or an autov2.");
  const range = hashPrefixRange(query.autov2);
  return Prisma.sql`v.sha256 >= ${range.from} AND v.sha256 < ${range.to}`;
}

/** `run` executes the statement: a Prisma client's $queryRaw, or the app's hot-path pool. */
export async function lookupBySha256(run: Db | ((statement: Prisma.Sql) => Promise<unknown[]>), query: LookupQuery): Promise<LookupMatch[]> {
  const statement = lookupStatement(query);
  const rows = (typeof run === "function" ? await run(statement) : await run.$queryRaw(statement)) as RawMatch[];
  return rows.map((row) => ({
    ...row,
    approvals: row.approvals.map((approval) => ({ ...approval, conditions: [...new Set(approval.conditions)] })),
    effectiveTerms: Object.fromEntries((row.effectiveTerms ?? []).map((entry) => entry.split(":"))) as Partial<Record<IntendedUse, TermStatus>>,
    approvedUses: INTENDED_USES.filter((use) => row.approvals.some((approval) => approval.use === use)),
  }));
}

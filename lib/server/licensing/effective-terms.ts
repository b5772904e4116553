import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { computeEffectiveTerms, type EffectiveTerms } from "@/lib/licensing/effective-terms";
import type { EffectiveTermsInput } from "@/lib/licensing/lineage-input";
import { creatorTermsInputSelect, toVersionInput, versionInputSelect } from "@/lib/server/licensing/engine-input";
import { loadCurrentOrganisationFacts } from "@/lib/server/organisation/current-facts";

type Db = PrismaClient | TransactionClient;

// Approvals record the creator-terms revision they were granted under.
const lineageVersionSelect = {
  ...versionInputSelect,
  creatorTerms: { select: { ...creatorTermsInputSelect, revision: true } },
} satisfies Prisma.CheckpointVersionSelect;

/** The versions and all their ancestors. UNION (not UNION ALL) makes a cycle end the recursion. */
export async function withAncestors(db: Db, versionIds: readonly string[]): Promise<string[]> {
  if (versionIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE ancestry(id) AS (
      SELECT unnest(${[...versionIds]}::uuid[])
      UNION
      SELECT e."parentId" FROM "LineageEdge" e JOIN ancestry a ON e."childId" = a.id
    )
    SELECT id::text AS id FROM ancestry`;
  return rows.map((row) => row.id);
}

/** Ids of every version that has this one as an ancestor (not including itself). */
export async function descendantIds(db: Db, versionIds: string[]): Promise<string[]> {
  if (versionIds.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE descendants(id) AS (
      SELECT e."childId" FROM "LineageEdge" e WHERE e."parentId" = ANY(${versionIds}::uuid[])
      UNION
      SELECT e."childId" FROM "LineageEdge" e JOIN descendants d ON e."parentId" = d.id
    )
    SELECT id::text AS id FROM descendants`;
  return rows.map((row) => row.id);
}

export interface LineageFacts {
  input: EffectiveTermsInput;
  /** Creator-terms revision of every version in the lineage that has creator terms: approvals record it. */
  creatorTermsRevisions: Record<string, number>;
}

/** The engine's input for a version: the version and every ancestor, with their current license versions. */
export async function loadLineageFacts(db: Db, versionId: string): Promise<LineageFacts | null> {
  const ids = await withAncestors(db, [versionId]);
  // One after the other: inside a transaction the queries share one connection.
  const rows = await db.checkpointVersion.findMany({ where: { id: { in: ids } }, select: lineageVersionSelect });
  const organisationFacts = await loadCurrentOrganisationFacts(db);
  if (!rows.some((row) => row.id === versionId)) return null;
  return {
    input: { subjectId: versionId, versions: new Map(rows.map((row) => [row.id, toVersionInput(row)])), organisationFacts },
    creatorTermsRevisions: Object.fromEntries(rows.flatMap((row) => (row.creatorTerms ? [[row.id, row.creatorTerms.revision]] : []))),
  };
}

export async function getEffectiveTerms(db: Db, versionId: string): Promise<EffectiveTerms | null> {
  const facts = await loadLineageFacts(db, versionId);
  return facts ? computeEffectiveTerms(facts.input) : null;
}

import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { computeEffectiveTerms, type EffectiveTerms } from "@/lib/licensing/effective-terms";
import type { EffectiveTermsInput, LicenseLayerInput, VersionInput } from "@/lib/licensing/lineage-input";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

type Db = PrismaClient | TransactionClient;

const lineageVersionSelect = {
  id: true,
  version: true,
  kind: true,
  checkpoint: { select: { name: true } },
  parentEdges: { select: { parentId: true, relation: true, weight: true } },
  licenses: {
    select: {
      license: {
        select: {
          key: true,
          name: true,
          versions: {
            orderBy: { revision: "desc" },
            take: 1,
            select: {
              id: true,
              revision: true,
              passThroughRestrictions: true,
              restrictionsText: true,
              obligations: true,
              terms: { select: { use: true, status: true, condition: true } },
            },
          },
        },
      },
    },
  },
  creatorTerms: {
    select: { allowCommercialUse: true, allowNoCredit: true, allowDerivatives: true, allowDifferentLicense: true, text: true, revision: true },
  },
} satisfies Prisma.CheckpointVersionSelect;

type LineageVersionRow = Prisma.CheckpointVersionGetPayload<{ select: typeof lineageVersionSelect }>;

/** Ids of a version and all its ancestors. UNION (not UNION ALL) makes a cycle end the recursion. */
export async function ancestorIds(db: Db, versionId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE ancestry(id) AS (
      SELECT ${versionId}::uuid
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

function toVersionInput(row: LineageVersionRow): VersionInput {
  const licenseLayers: LicenseLayerInput[] = row.licenses.flatMap(({ license }) => {
    const current = license.versions[0];
    if (!current) return [];
    return [
      {
        licenseKey: license.key,
        licenseName: license.name,
        licenseVersionId: current.id,
        revision: current.revision,
        passThroughRestrictions: current.passThroughRestrictions,
        restrictionsText: current.restrictionsText,
        obligations: current.obligations,
        terms: Object.fromEntries(current.terms.map((term) => [term.use, { status: term.status, condition: term.condition }])) as Partial<
          Record<IntendedUse, { status: (typeof current.terms)[number]["status"]; condition: string | null }>
        >,
      },
    ];
  });
  return {
    id: row.id,
    name: `${row.checkpoint.name} ${row.version}`,
    kind: row.kind,
    parents: row.parentEdges.map((edge) => ({ parentId: edge.parentId, relation: edge.relation, weight: edge.weight })),
    licenseLayers,
    creatorTerms: row.creatorTerms
      ? {
          allowCommercialUse: row.creatorTerms.allowCommercialUse,
          allowNoCredit: row.creatorTerms.allowNoCredit,
          allowDerivatives: row.creatorTerms.allowDerivatives,
          allowDifferentLicense: row.creatorTerms.allowDifferentLicense,
          text: row.creatorTerms.text,
        }
      : null,
  };
}

export interface LineageFacts {
  input: EffectiveTermsInput;
  /** Creator-terms revision of every version in the lineage that has creator terms: approvals record it. */
  creatorTermsRevisions: Record<string, number>;
}

/** The engine's input for a version: the version and every ancestor, with their current license versions. */
export async function loadLineageFacts(db: Db, versionId: string): Promise<LineageFacts | null> {
  const ids = await ancestorIds(db, versionId);
  const rows = await db.checkpointVersion.findMany({ where: { id: { in: ids } }, select: lineageVersionSelect });
  if (!rows.some((row) => row.id === versionId)) return null;
  return {
    input: { subjectId: versionId, versions: new Map(rows.map((row) => [row.id, toVersionInput(row)])) },
    creatorTermsRevisions: Object.fromEntries(rows.flatMap((row) => (row.creatorTerms ? [[row.id, row.creatorTerms.revision]] : []))),
  };
}

export async function getEffectiveTerms(db: Db, versionId: string): Promise<EffectiveTerms | null> {
  const facts = await loadLineageFacts(db, versionId);
  return facts ? computeEffectiveTerms(facts.input) : null;
}

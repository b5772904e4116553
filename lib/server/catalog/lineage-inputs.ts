import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import type { LicenseLayerInput, LicenseTermInput, VersionInput } from "@/lib/licensing/lineage-input";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

type Db = PrismaClient | TransactionClient;

// The license engine's input for many versions at once: syncVersionSummaries recomputes whole
// lineages (a new SDXL licence revision touches every SDXL derivative), and the benchmark syncs
// 100,000 versions. It reads the same facts as loadLineageFacts (lib/server/licensing), for a set
// of versions and the union of their ancestors, in a fixed number of queries.
// tests/integration/catalog/sync-version-summaries.test.ts checks both give the same terms.

const versionFactsSelect = {
  id: true,
  checkpointId: true,
  version: true,
  kind: true,
  architectureKey: true,
  promptStyle: true,
  releasedAt: true,
  createdAt: true,
  checkpoint: { select: { name: true, aliases: true } },
  parentEdges: { select: { parentId: true, relation: true, weight: true } },
  licenses: {
    orderBy: { createdAt: "asc" },
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
    select: { allowCommercialUse: true, allowNoCredit: true, allowDerivatives: true, allowDifferentLicense: true, text: true },
  },
} satisfies Prisma.CheckpointVersionSelect;

export type VersionFacts = Prisma.CheckpointVersionGetPayload<{ select: typeof versionFactsSelect }>;

/** The versions and all their ancestors. UNION ends the recursion on a cycle. */
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

export async function loadVersionFacts(db: Db, ids: readonly string[]): Promise<Map<string, VersionFacts>> {
  const rows = await db.checkpointVersion.findMany({ where: { id: { in: [...ids] } }, select: versionFactsSelect });
  return new Map(rows.map((row) => [row.id, row]));
}

export function toVersionInput(row: VersionFacts): VersionInput {
  const licenseLayers: LicenseLayerInput[] = row.licenses.flatMap(({ license }) => {
    const current = license.versions[0];
    if (!current) return [];
    const terms: Partial<Record<IntendedUse, LicenseTermInput>> = {};
    for (const term of current.terms) terms[term.use] = { status: term.status, condition: term.condition };
    return [
      {
        licenseKey: license.key,
        licenseName: license.name,
        licenseVersionId: current.id,
        revision: current.revision,
        passThroughRestrictions: current.passThroughRestrictions,
        restrictionsText: current.restrictionsText,
        obligations: current.obligations,
        terms,
      },
    ];
  });
  return {
    id: row.id,
    name: `${row.checkpoint.name} ${row.version}`,
    kind: row.kind,
    parents: row.parentEdges.map((edge) => ({ parentId: edge.parentId, relation: edge.relation, weight: edge.weight })),
    licenseLayers,
    creatorTerms: row.creatorTerms,
  };
}

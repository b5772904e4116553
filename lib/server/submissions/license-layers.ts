import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import type { LicenseLayerInput, LicenseTermInput } from "@/lib/licensing/lineage-input";
import type { IntendedUse } from "@/lib/licensing/vocabulary";

type Db = PrismaClient | TransactionClient;

// The same reading of a license as lib/server/licensing/effective-terms.ts: its current (highest)
// revision is the one a version declaring it is bound by.
const licenseLayerSelect = {
  id: true,
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
} satisfies Prisma.LicenseSelect;

export interface LoadedLicense {
  id: string;
  key: string;
  name: string;
  /** null for a license that has no revision yet: it contributes no layer. */
  layer: LicenseLayerInput | null;
}

/** The licenses with these ids, as engine layers, in the order asked; unknown ids are left out. */
export async function loadLicenseLayers(db: Db, licenseIds: readonly string[]): Promise<LoadedLicense[]> {
  if (licenseIds.length === 0) return [];
  const rows = await db.license.findMany({ where: { id: { in: [...licenseIds] } }, select: licenseLayerSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return licenseIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const current = row.versions[0];
    const layer: LicenseLayerInput | null = current
      ? {
          licenseKey: row.key,
          licenseName: row.name,
          licenseVersionId: current.id,
          revision: current.revision,
          passThroughRestrictions: current.passThroughRestrictions,
          restrictionsText: current.restrictionsText,
          obligations: current.obligations,
          terms: Object.fromEntries(current.terms.map((term) => [term.use, { status: term.status, condition: term.condition }])) as Partial<
            Record<IntendedUse, LicenseTermInput>
          >,
        }
      : null;
    return [{ id: row.id, key: row.key, name: row.name, layer }];
  });
}

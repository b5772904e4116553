import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { LicenseLayerInput } from "@/lib/licensing/lineage-input";
import { licenseLayerSelect, toLicenseLayerInput } from "@/lib/server/licensing/engine-input";

type Db = PrismaClient | TransactionClient;

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
  const rows = await db.license.findMany({ where: { id: { in: [...licenseIds] } }, select: { id: true, ...licenseLayerSelect } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return licenseIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{ id: row.id, key: row.key, name: row.name, layer: toLicenseLayerInput(row) }];
  });
}

import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";

export interface LicenceMix {
  /** Every catalogued version. */
  versions: number;
  /** Per licence, the versions that carry it as their own or an ancestor's layer (browse's `?license=KEY`), most first. */
  licences: { key: string; name: string; count: number }[];
}

export async function getLicenceMix(db: PrismaClient | TransactionClient): Promise<LicenceMix> {
  // The same predicate as browse's licence filter (lib/server/catalog/browse.ts): licenseKeys @> ARRAY[key].
  const [licences, [total]] = await Promise.all([
    db.$queryRaw<{ key: string; name: string; count: number }[]>`
      SELECT l.key, l.name, count(*)::int AS count
      FROM "License" l JOIN "VersionSummary" s ON s."licenseKeys" @> ARRAY[l.key]::text[]
      GROUP BY l.key, l.name ORDER BY count DESC, l.name`,
    db.$queryRaw<{ versions: number }[]>`SELECT count(*)::int AS versions FROM "VersionSummary"`,
  ]);
  return { versions: total?.versions ?? 0, licences };
}

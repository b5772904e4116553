import "server-only";
import { CatalogCache } from "@/lib/server/catalog/catalog-cache";
import { CATALOG_CLOCK_SQL, CATALOG_WINDOW_SQL, type CatalogClock, type CatalogWindow } from "@/lib/server/catalog/catalog-epoch";
import { hotPathRows } from "@/lib/server/db/hot-path-sql";

// This process's catalogue cache (browse and GET /api/v1/checkpoints). A page of results with its
// filter options is 20–60 KB, so the bounds keep it to a few tens of MB however many filter sets
// are asked for; a change anywhere in the catalogue empties it.
const MAX_ENTRIES = 500;
const MAX_BYTES = 32 * 1024 * 1024;

const globalForCache = globalThis as unknown as { checkpointRegistryCatalogCache?: CatalogCache };

export function catalogCache(): CatalogCache {
  globalForCache.checkpointRegistryCatalogCache ??= new CatalogCache({
    readClock: async () => {
      const [row] = await hotPathRows<CatalogClock>(CATALOG_CLOCK_SQL);
      if (!row) throw new Error("The CatalogEpoch row is missing: run the migrations.");
      return row;
    },
    readWindow: async () => {
      const [row] = await hotPathRows<CatalogWindow>(CATALOG_WINDOW_SQL);
      if (!row) throw new Error("The CatalogEpoch row is missing: run the migrations.");
      return row;
    },
    maxEntries: MAX_ENTRIES,
    maxBytes: MAX_BYTES,
  });
  return globalForCache.checkpointRegistryCatalogCache;
}

/** Roughly what a value holds in memory: its JSON, two bytes a character. */
export function estimateBytes(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

import "server-only";
import { cache } from "react";
import type { BrowseQuery } from "@/lib/catalog/browse-query";
import type { LookupQuery } from "@/lib/catalog/lookup-query";
import { browseCatalog } from "@/lib/server/catalog/browse";
import { catalogCache, estimateBytes } from "@/lib/server/catalog/catalog-cache-instance";
import { lookupBySha256 } from "@/lib/server/catalog/lookup";
import { loadVersionDetail } from "@/lib/server/catalog/version-detail";
import { hotPathRows } from "@/lib/server/db/hot-path-sql";
import { prisma } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/generated/prisma/client";

/** The browse page and GET /api/v1/checkpoints: one page of the read model, with the filter options. */
export async function listBrowse(query: BrowseQuery) {
  return catalogCache().read(`browse:${JSON.stringify(query)}`, () => browseCatalog(prisma, query), estimateBytes);
}

/** The detail page (its metadata and body share one load per request) and GET /api/v1/versions/{id}. */
export const getVersionDetail = cache(async (id: string) => loadVersionDetail(prisma, id));

/** GET /api/v1/lookup: the versions with this file hash and what they are approved for now. */
export async function lookupFile(query: LookupQuery) {
  return lookupBySha256(hotPathRows, query);
}

/** The id of the team with this slug, or null: the lookup checks the caller belongs to the team it asks about. */
export async function findTeamIdBySlug(slug: string): Promise<string | null> {
  const rows = await hotPathRows<{ id: string }>(Prisma.sql`SELECT id FROM "Team" WHERE slug = ${slug}`);
  return rows[0]?.id ?? null;
}

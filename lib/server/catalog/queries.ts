import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { catalogStatus, type CatalogStatus } from "@/lib/server/catalog/version-status";

export const CATALOG_PAGE_SIZE = 50;

const catalogRowSelect = {
  id: true,
  version: true,
  kind: true,
  architecture: { select: { key: true, name: true } },
  checkpoint: { select: { id: true, name: true } },
  licenses: { select: { license: { select: { key: true, name: true } } }, orderBy: { createdAt: "asc" } },
  approvals: { select: { status: true, reviewBy: true } },
  reviewRequests: { select: { status: true } },
} satisfies Prisma.CheckpointVersionSelect;

export interface CatalogRow {
  id: string;
  name: string;
  version: string;
  kind: string;
  architecture: { key: string; name: string };
  licenses: { key: string; name: string }[];
  status: CatalogStatus;
}

export interface CatalogPage {
  rows: CatalogRow[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listCatalog(options: { query?: string; page?: number }): Promise<CatalogPage> {
  const query = options.query?.trim();
  const where: Prisma.CheckpointVersionWhereInput = query
    ? {
        OR: [
          { checkpoint: { name: { contains: query, mode: "insensitive" } } },
          { checkpoint: { aliases: { has: query } } },
          { version: { contains: query, mode: "insensitive" } },
        ],
      }
    : {};
  const total = await prisma.checkpointVersion.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const rows = await prisma.checkpointVersion.findMany({
    where,
    select: catalogRowSelect,
    orderBy: [{ checkpoint: { name: "asc" } }, { version: "asc" }],
    skip: (page - 1) * CATALOG_PAGE_SIZE,
    take: CATALOG_PAGE_SIZE,
  });
  return {
    rows: rows.map((row) => ({
      id: row.id,
      name: row.checkpoint.name,
      version: row.version,
      kind: row.kind,
      architecture: row.architecture,
      licenses: row.licenses.map((layer) => layer.license),
      status: catalogStatus(row.approvals, row.reviewRequests),
    })),
    total,
    page,
    pageCount,
  };
}

const versionDetailSelect = {
  id: true,
  version: true,
  kind: true,
  publisher: true,
  sourceUrl: true,
  sha256: true,
  fileSizeBytes: true,
  fileName: true,
  fileFormat: true,
  bestFor: true,
  pros: true,
  cons: true,
  knownFlaws: true,
  licenseNotes: true,
  nativeResolution: true,
  promptStyle: true,
  architecture: { select: { key: true, name: true } },
  checkpoint: {
    select: {
      id: true,
      name: true,
      aliases: true,
      description: true,
      versions: { select: { id: true, version: true, kind: true }, orderBy: { version: "asc" } },
    },
  },
  parentEdges: {
    select: { relation: true, weight: true, parent: { select: { id: true, version: true, checkpoint: { select: { name: true } } } } },
  },
  childEdges: {
    select: { relation: true, child: { select: { id: true, version: true, checkpoint: { select: { name: true } } } } },
  },
  licenses: {
    select: {
      license: {
        select: {
          key: true,
          name: true,
          url: true,
          versions: {
            orderBy: { revision: "desc" },
            take: 1,
            select: {
              revision: true,
              summary: true,
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
    select: { allowCommercialUse: true, allowNoCredit: true, allowDerivatives: true, allowDifferentLicense: true, text: true, sourceUrl: true },
  },
  approvals: { select: { status: true, reviewBy: true } },
  reviewRequests: { select: { status: true } },
} satisfies Prisma.CheckpointVersionSelect;

export type VersionDetail = NonNullable<Awaited<ReturnType<typeof getVersionDetail>>>;

export const getVersionDetail = cache(async (id: string) => {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await prisma.checkpointVersion.findUnique({ where: { id }, select: versionDetailSelect });
  if (!row) return null;
  const { approvals, reviewRequests, fileSizeBytes, licenses, ...rest } = row;
  return {
    ...rest,
    fileSizeBytes: fileSizeBytes === null ? null : Number(fileSizeBytes),
    licenses: licenses.map(({ license }) => {
      const { versions, ...licenseFields } = license;
      return { ...licenseFields, current: versions[0] ?? null };
    }),
    status: catalogStatus(approvals, reviewRequests),
  };
});

import "server-only";
import { isUuid } from "@/lib/uuid";
import { queryTerms } from "@/lib/catalog/search-terms";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import { creatorTermsFieldsSelect, versionFieldsSelect } from "@/lib/server/catalog/version-fields";
import { prisma } from "@/lib/server/db/prisma";

// Reads for the catalog administration pages (ADMIN only; each page checks canManageCatalog).

export const ADMIN_PAGE_SIZE = 25;

export async function getCatalogIndex(options: { q: string; page: number }) {
  const q = options.q.trim();
  const where = q ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { slug: { contains: q.toLowerCase() } }, { aliases: { has: q } }] } : {};
  const [total, checkpoints, licenses, architectures] = await Promise.all([
    prisma.checkpoint.count({ where }),
    prisma.checkpoint.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (Math.max(1, options.page) - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        aliases: true,
        versions: { select: { id: true, version: true, kind: true }, orderBy: { version: "asc" }, take: 10 },
        _count: { select: { versions: true } },
      },
    }),
    prisma.license.findMany({
      orderBy: { name: "asc" },
      select: {
        id: true,
        key: true,
        name: true,
        versions: { orderBy: { revision: "desc" }, take: 1, select: { revision: true } },
        _count: { select: { usedBy: true } },
      },
    }),
    prisma.architecture.count(),
  ]);
  return {
    total,
    page: Math.max(1, options.page),
    pageCount: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)),
    architectures,
    checkpoints: checkpoints.map(({ _count, ...checkpoint }) => ({ ...checkpoint, versionCount: _count.versions })),
    licenses: licenses.map(({ versions, _count, ...license }) => ({ ...license, revision: versions[0]?.revision ?? null, usedBy: _count.usedBy })),
  };
}

export async function getCheckpointForEdit(id: string) {
  if (!isUuid(id)) return null;
  const checkpoint = await prisma.checkpoint.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      name: true,
      aliases: true,
      description: true,
      updatedAt: true,
      versions: { orderBy: { version: "asc" }, select: { id: true, version: true, kind: true, architecture: { select: { name: true } } } },
    },
  });
  if (!checkpoint) return null;
  return { ...checkpoint, updatedAt: checkpoint.updatedAt.toISOString() };
}

export async function getArchitectureOptions() {
  return prisma.architecture.findMany({ orderBy: [{ sortOrder: "asc" }, { key: "asc" }], select: { key: true, name: true } });
}

export async function getNewVersionContext(checkpointId: string) {
  if (!isUuid(checkpointId)) return null;
  const [checkpoint, architectures] = await Promise.all([
    prisma.checkpoint.findUnique({ where: { id: checkpointId }, select: { id: true, name: true } }),
    getArchitectureOptions(),
  ]);
  return checkpoint ? { checkpoint, architectures } : null;
}

const PARENT_CANDIDATES = 15;

export async function getVersionForEdit(id: string, parentQuery: string) {
  if (!isUuid(id)) return null;
  const version = await prisma.checkpointVersion.findUnique({
    where: { id },
    select: {
      id: true,
      ...versionFieldsSelect,
      revision: true,
      checkpoint: { select: { id: true, name: true } },
      licenses: { orderBy: { createdAt: "asc" }, select: { license: { select: { id: true, key: true, name: true } } } },
      parentEdges: {
        orderBy: { createdAt: "asc" },
        select: { id: true, relation: true, weight: true, parent: { select: { id: true, version: true, checkpoint: { select: { name: true } } } } },
      },
      _count: { select: { childEdges: true, approvals: true } },
      creatorTerms: { select: { ...creatorTermsFieldsSelect, revision: true } },
    },
  });
  if (!version) return null;
  const terms = queryTerms(parentQuery);
  const [architectures, licenses, candidates] = await Promise.all([
    getArchitectureOptions(),
    prisma.license.findMany({ orderBy: { name: "asc" }, select: { id: true, key: true, name: true } }),
    terms.length === 0
      ? Promise.resolve([])
      : prisma.versionSummary.findMany({
          where: { searchTerms: { hasEvery: terms }, versionId: { not: id } },
          orderBy: [{ checkpointName: "asc" }, { versionLabel: "asc" }],
          take: PARENT_CANDIDATES,
          select: { versionId: true, checkpointName: true, versionLabel: true, kind: true },
        }),
  ]);
  const { fileSizeBytes, releasedAt, licenses: layers, parentEdges, _count, ...fields } = version;
  return {
    ...fields,
    fileSizeBytes: fileSizeBytes === null ? null : fileSizeBytes.toString(),
    releasedAt: releasedAt ? releasedAt.toISOString().slice(0, 10) : null,
    layers: layers.map((layer) => layer.license),
    parents: parentEdges.map((edge) => ({
      id: edge.id,
      relation: edge.relation,
      weight: edge.weight,
      parentId: edge.parent.id,
      parentName: `${edge.parent.checkpoint.name} ${edge.parent.version}`,
    })),
    childCount: _count.childEdges,
    approvalCount: _count.approvals,
    architectures,
    licenses,
    parentCandidates: candidates.map((candidate) => ({
      id: candidate.versionId,
      name: `${candidate.checkpointName} ${candidate.versionLabel}`,
      kind: candidate.kind,
    })),
  };
}

export type VersionForEdit = NonNullable<Awaited<ReturnType<typeof getVersionForEdit>>>;

export async function getLicenseForEdit(id: string) {
  if (!isUuid(id)) return null;
  const license = await prisma.license.findUnique({
    where: { id },
    select: {
      id: true,
      key: true,
      name: true,
      aliases: true,
      url: true,
      updatedAt: true,
      versions: {
        orderBy: { revision: "desc" },
        select: {
          id: true,
          revision: true,
          label: true,
          url: true,
          textSha256: true,
          summary: true,
          passThroughRestrictions: true,
          restrictionsText: true,
          obligations: true,
          createdAt: true,
          createdBy: { select: { email: true } },
          terms: { select: { use: true, status: true, condition: true, basis: true, conditionKeys: true } },
          _count: { select: { reliedOn: true } },
        },
      },
      usedBy: { take: 50, orderBy: { createdAt: "asc" }, select: { version: { select: { id: true, version: true, checkpoint: { select: { name: true } } } } } },
      _count: { select: { usedBy: true } },
    },
  });
  if (!license) return null;
  return {
    ...license,
    updatedAt: license.updatedAt.toISOString(),
    versions: license.versions.map(({ terms, _count, createdBy, ...version }) => ({
      ...version,
      createdBy: createdBy?.email ?? "seed",
      approvalsRelying: _count.reliedOn,
      terms: Object.fromEntries(
        INTENDED_USES.map((use) => [
          use,
          terms.find((term) => term.use === use) ?? { use, status: "UNKNOWN" as TermStatus, condition: null, basis: null, conditionKeys: [] as string[] },
        ]),
      ) as Record<IntendedUse, { use: IntendedUse; status: TermStatus; condition: string | null; basis: string | null; conditionKeys: string[] }>,
    })),
    usedBy: license.usedBy.map((layer) => ({ id: layer.version.id, name: `${layer.version.checkpoint.name} ${layer.version.version}` })),
    usedByCount: license._count.usedBy,
  };
}

export type LicenseForEdit = NonNullable<Awaited<ReturnType<typeof getLicenseForEdit>>>;

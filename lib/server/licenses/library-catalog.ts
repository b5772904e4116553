import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import { authorizeCatalogEdit } from "@/lib/server/catalog/catalog-editor";
import { createVersionWithFacts, isVersionLabelTaken } from "@/lib/server/catalog/version-writer";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError } from "@/lib/server/errors";
import { BASE_CHECKPOINTS } from "@/prisma/seed-data/checkpoints";
import { COMMUNITY_CHECKPOINTS } from "@/prisma/seed-data/community-checkpoints";
import type { SeedCheckpoint, SeedVersion } from "@/prisma/seed-data/types";

// The catalog rows of the licence library (the base and community checkpoints of prisma/seed-data;
// never the demo derivatives) that the library update adds to an existing registry. A version is
// added whole, as the seed would have written it, in one transaction with one audit event: its
// licence layers, creator terms and lineage come with it, so it never exists half-described.

/** The library's checkpoint, and its version (null: just the checkpoint). Throws for a row the library does not have. */
export function libraryCatalogVersion(checkpointSlug: string, versionLabel: string): { checkpoint: SeedCheckpoint; version: SeedVersion };
export function libraryCatalogVersion(checkpointSlug: string, versionLabel: null): { checkpoint: SeedCheckpoint; version: null };
export function libraryCatalogVersion(checkpointSlug: string, versionLabel: string | null): { checkpoint: SeedCheckpoint; version: SeedVersion | null } {
  const checkpoint = [...BASE_CHECKPOINTS, ...COMMUNITY_CHECKPOINTS].find((entry) => entry.slug === checkpointSlug);
  if (!checkpoint) throw new Error(`The licence library has no checkpoint ${checkpointSlug}.`);
  if (versionLabel === null) return { checkpoint, version: null };
  const version = checkpoint.versions.find((entry) => entry.version === versionLabel);
  if (!version) throw new Error(`The licence library has no version ${versionLabel} of ${checkpointSlug}.`);
  return { checkpoint, version };
}

/**
 * Adds one library version to an existing registry: the version with its licence layers and
 * creator terms, its lineage edges to its (catalogued) parents, its browse summary, and one
 * `version.created` audit event naming all of it. Refused when the version exists already (someone
 * added it meanwhile), or when its checkpoint, a licence it declares or a parent is missing.
 */
export async function addLibraryVersion(
  actor: Actor,
  input: { checkpointSlug: string; versionLabel: string },
  db: PrismaClient = prisma,
): Promise<{ versionId: string }> {
  const auditActor = authorizeCatalogEdit(actor);
  const { checkpoint, version } = libraryCatalogVersion(input.checkpointSlug, input.versionLabel);
  const { licenseKeys, creatorTerms, parents, ...fields } = version;
  return db.$transaction(async (tx) => {
    const checkpointRow = await tx.checkpoint.findUnique({ where: { slug: checkpoint.slug }, select: { id: true } });
    if (!checkpointRow) throw new ConflictError(`The checkpoint ${checkpoint.name} is not in the catalog: add it first.`);
    if (await isVersionLabelTaken(tx, checkpointRow.id, version.version))
      throw new ConflictError(`${checkpoint.name} ${version.version} is already in the catalog.`);

    const licenses = await tx.license.findMany({ where: { key: { in: licenseKeys } }, select: { id: true, key: true } });
    const missingLicense = licenseKeys.find((key) => !licenses.some((license) => license.key === key));
    if (missingLicense) throw new ConflictError(`The licence ${missingLicense} that ${checkpoint.name} ${version.version} declares is not in the registry.`);
    const parentRows = await Promise.all(
      parents.map(async (parent) => {
        const row = await tx.checkpointVersion.findFirst({
          where: { version: parent.version, checkpoint: { slug: parent.checkpoint } },
          select: { id: true },
        });
        if (!row) throw new ConflictError(`The parent ${parent.checkpoint} ${parent.version} of ${checkpoint.name} ${version.version} is not in the catalog.`);
        return { ...parent, id: row.id };
      }),
    );

    const versionId = await createVersionWithFacts(
      tx,
      {
        checkpointId: checkpointRow.id,
        createdById: actor.id,
        columns: fields,
        licenseIds: licenseKeys.map((key) => licenses.find((license) => license.key === key)!.id),
        parents: parentRows.map((parent) => ({ parentId: parent.id, relation: parent.relation, weight: parent.weight })),
        creatorTerms,
      },
      {
        via: "catalog",
        actor: auditActor,
        after: {
          source: "licence library update",
          checkpoint: checkpoint.slug,
          version: version.version,
          kind: version.kind,
          architectureKey: version.architectureKey,
          publisher: version.publisher,
          licenses: licenseKeys,
          creatorTerms,
          parents: parents.map((parent) => ({ parent: `${parent.checkpoint}@${parent.version}`, relation: parent.relation, weight: parent.weight })),
        },
      },
    );
    return { versionId };
  });
}

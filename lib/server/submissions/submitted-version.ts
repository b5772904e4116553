import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import { submittedVersionFieldsSelect } from "@/lib/server/catalog/version-fields";
import {
  createVersionWithFacts,
  creatorTermsColumns,
  isVersionLabelTaken,
  replaceCreatorTerms,
  replaceVersionLayers,
  updateVersionColumns,
  type VersionColumns,
  type VersionLayers,
} from "@/lib/server/catalog/version-writer";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import { relationForKind } from "@/lib/reviews/would-be-version";
import type { VersionFacts } from "@/lib/schemas/submission";

// A submission of a checkpoint the catalog does not know creates it (Checkpoint if new,
// CheckpointVersion, license layers, creator terms, lineage) inside the request's transaction;
// a resubmission may correct those facts while the version is still the request's own. The rows
// are written by the catalog's one version writer (lib/server/catalog/version-writer.ts); neither
// writes an audit event of its own: the request's one event records these rows.

export interface CheckpointChoice {
  /** Picked from the catalog's checkpoints. */
  checkpointId: string | null;
  checkpointName: string;
}

/** What the request's audit event records about the catalog rows a submission created. */
export interface CreatedCatalogFacts {
  version: Record<string, unknown>;
  /** Present when the submission created the checkpoint too. */
  checkpoint: { id: string; name: string; slug: string } | null;
}

/**
 * Creates the version (and its checkpoint when new); returns their ids and what the request's
 * audit event records about them. Throws field errors for bad references.
 */
export async function createSubmittedVersion(
  tx: TransactionClient,
  actorId: string,
  checkpoint: CheckpointChoice,
  facts: VersionFacts,
): Promise<{ versionId: string; checkpointId: string; created: CreatedCatalogFacts }> {
  await assertReferencesExist(tx, facts);
  const { checkpointId, createdCheckpoint } = await findOrCreateCheckpoint(tx, checkpoint);
  if (await isVersionLabelTaken(tx, checkpointId, facts.version)) {
    throw new ValidationError("That version is already catalogued.", {
      version: [`${checkpoint.checkpointName} already has a version “${facts.version}”: submit it as a catalogued version instead.`],
    });
  }

  const versionId = await createVersionWithFacts(
    tx,
    { checkpointId, createdById: actorId, columns: versionColumns(facts), ...versionLayers(facts), creatorTerms: submittedCreatorTerms(facts) },
    { via: "request" },
  );
  return {
    versionId,
    checkpointId,
    created: { version: { id: versionId, checkpointId, version: facts.version, ...auditFacts(facts) }, checkpoint: createdCheckpoint },
  };
}

/**
 * A version's facts are the request's to correct only while nothing else relies on them: the
 * submitter created it, no other request names it, it has no approval and no catalogued derivative.
 */
export async function isVersionOwnedByRequest(
  tx: PrismaClient | TransactionClient,
  request: { id: string; versionId: string; submitterId: string },
): Promise<boolean> {
  const version = await tx.checkpointVersion.findUnique({
    where: { id: request.versionId },
    select: {
      createdById: true,
      _count: { select: { approvals: true, childEdges: true, reviewRequests: { where: { id: { not: request.id } } } } },
    },
  });
  return (
    version !== null &&
    version.createdById === request.submitterId &&
    version._count.approvals === 0 &&
    version._count.childEdges === 0 &&
    version._count.reviewRequests === 0
  );
}

/** A resubmission's correction of the version's facts, as the request's audit event records it. */
export interface VersionFactsChange {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Replaces the version's facts (guarded by its revision); returns the before and after. */
export async function updateSubmittedVersion(tx: TransactionClient, versionId: string, facts: VersionFacts): Promise<VersionFactsChange> {
  await assertReferencesExist(tx, facts);
  const before = await tx.checkpointVersion.findUnique({
    where: { id: versionId },
    select: {
      checkpointId: true,
      revision: true,
      ...submittedVersionFieldsSelect,
      checkpoint: { select: { name: true } },
      parentEdges: { select: { parentId: true } },
      licenses: { select: { licenseId: true } },
      creatorTerms: true,
    },
  });
  if (!before) throw new ConflictError("The version of this request no longer exists; reload.");
  if (before.version !== facts.version && (await isVersionLabelTaken(tx, before.checkpointId, facts.version))) {
    throw new ValidationError("That version label is taken.", {
      version: [`${before.checkpoint.name} already has a version “${facts.version}”.`],
    });
  }
  const conflict = new ConflictError("Someone else changed this version first; reload.");
  if (!(await updateVersionColumns(tx, versionId, before.revision, versionColumns(facts)))) throw conflict;
  await replaceVersionLayers(tx, versionId, versionLayers(facts));
  if ((await replaceCreatorTerms(tx, versionId, submittedCreatorTerms(facts), before.creatorTerms?.revision ?? 0)) === null) throw conflict;

  return {
    before: {
      version: before.version,
      kind: before.kind,
      architectureKey: before.architectureKey,
      publisher: before.publisher,
      sourceUrl: before.sourceUrl,
      sha256: before.sha256,
      fileSizeBytes: before.fileSizeBytes === null ? null : Number(before.fileSizeBytes),
      fileName: before.fileName,
      parentIds: before.parentEdges.map((edge) => edge.parentId),
      licenseIds: before.licenses.map((layer) => layer.licenseId),
      creatorTerms: before.creatorTerms ? creatorTermsColumns(before.creatorTerms) : null,
    },
    after: { version: facts.version, ...auditFacts(facts) },
  };
}

async function assertReferencesExist(tx: TransactionClient, facts: VersionFacts): Promise<void> {
  const [architecture, licenses, parents] = await Promise.all([
    tx.architecture.findUnique({ where: { key: facts.architectureKey }, select: { key: true } }),
    tx.license.count({ where: { id: { in: facts.licenseIds } } }),
    tx.checkpointVersion.count({ where: { id: { in: facts.parentIds } } }),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (!architecture) fieldErrors.architectureKey = ["Choose an architecture from the list."];
  if (licenses !== new Set(facts.licenseIds).size) fieldErrors.licenseIds = ["A chosen license is not in the catalog any more."];
  if (parents !== new Set(facts.parentIds).size) fieldErrors.parentIds = ["A chosen parent is not in the catalog any more."];
  if (Object.keys(fieldErrors).length > 0) throw new ValidationError("Please correct the highlighted fields.", fieldErrors);
}

async function findOrCreateCheckpoint(
  tx: TransactionClient,
  choice: CheckpointChoice,
): Promise<{ checkpointId: string; createdCheckpoint: CreatedCatalogFacts["checkpoint"] }> {
  if (choice.checkpointId) {
    const picked = await tx.checkpoint.findUnique({ where: { id: choice.checkpointId }, select: { id: true } });
    if (!picked) throw new ValidationError("Please correct the highlighted fields.", { checkpointName: ["That checkpoint is not in the catalog any more."] });
    return { checkpointId: picked.id, createdCheckpoint: null };
  }
  // A typed name that the catalog already has means that checkpoint, not a second one of the same name.
  const named = await tx.checkpoint.findFirst({ where: { name: { equals: choice.checkpointName, mode: "insensitive" } }, select: { id: true } });
  if (named) return { checkpointId: named.id, createdCheckpoint: null };

  const slug = await freeSlug(tx, slugify(choice.checkpointName));
  const created = await tx.checkpoint.create({ data: { name: choice.checkpointName, slug }, select: { id: true } });
  return { checkpointId: created.id, createdCheckpoint: { id: created.id, name: choice.checkpointName, slug } };
}

async function freeSlug(tx: TransactionClient, base: string): Promise<string> {
  const taken = new Set((await tx.checkpoint.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug || "checkpoint";
}

function versionColumns(facts: VersionFacts): VersionColumns {
  return {
    version: facts.version,
    kind: facts.kind,
    architectureKey: facts.architectureKey,
    publisher: facts.publisher,
    sourceUrl: facts.sourceUrl,
    sha256: facts.sha256,
    fileSizeBytes: facts.fileSizeBytes,
    fileName: facts.fileName,
    fileFormat: facts.fileName?.toLowerCase().endsWith(".safetensors") ? "safetensors" : null,
  };
}

function versionLayers(facts: VersionFacts): VersionLayers {
  const relation = relationForKind(facts.kind);
  return { licenseIds: facts.licenseIds, parents: facts.parentIds.map((parentId) => ({ parentId, relation })) };
}

function submittedCreatorTerms(facts: VersionFacts) {
  return facts.creatorTerms.present ? creatorTermsColumns(facts.creatorTerms) : null;
}

/** What the request's audit event records about the facts (the size as a JSON number). */
function auditFacts(facts: VersionFacts) {
  return {
    kind: facts.kind,
    architectureKey: facts.architectureKey,
    publisher: facts.publisher,
    sourceUrl: facts.sourceUrl,
    sha256: facts.sha256,
    fileSizeBytes: facts.fileSizeBytes === null ? null : Number(facts.fileSizeBytes),
    fileName: facts.fileName,
    parentIds: facts.parentIds,
    licenseIds: facts.licenseIds,
    creatorTerms: submittedCreatorTerms(facts),
  };
}

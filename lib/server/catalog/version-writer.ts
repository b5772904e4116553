import "server-only";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { creatorTermsFieldsSelect, versionFieldsSelect } from "@/lib/server/catalog/version-fields";
import type { TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import type { LineageRelation } from "@/lib/licensing/vocabulary";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

// The one writer of a version's facts. The submission (a new version, a resubmission's corrections),
// the catalog admin (create, edit, creator terms) and the licence library update all write the
// CheckpointVersion row, its licence layers, its lineage edges to its parents and its creator terms
// through these functions, inside the caller's transaction. The callers authorise, check references
// and conflicts with their own messages, and write the audit events of their edits; what follows a
// new version (its audit event, browse summary and webhook) is written here, once.

/** The columns of a version row that its forms write (versionFieldsSelect), under their column names. */
export type VersionColumns = Pick<Prisma.CheckpointVersionUncheckedCreateInput, keyof typeof versionFieldsSelect>;

export type CreatorTermsColumns = Prisma.CreatorTermsGetPayload<{ select: typeof creatorTermsFieldsSelect }>;

export interface VersionParent {
  parentId: string;
  relation: LineageRelation;
  /** Merge weight (0..1); null when not a merge or not known. */
  weight?: number | null;
}

/** The rows around a version that it declares: licence layers and parents. */
export interface VersionLayers {
  licenseIds: readonly string[];
  parents: readonly VersionParent[];
}

export interface NewVersion extends VersionLayers {
  checkpointId: string;
  createdById: string;
  columns: VersionColumns;
  /** Null: the creator added no terms of their own. */
  creatorTerms: CreatorTermsColumns | null;
}

/**
 * Who records a new version. The catalog admin and the licence library write its own
 * `version.created` audit event (with `after`) and its browse summary; a version a review request
 * created is recorded by the request's one audit event and summarised once the request exists (so
 * it reads as "in review").
 */
export type VersionOrigin = { via: "catalog"; actor: AuditActor; after: unknown } | { via: "request" };

/** Whether the checkpoint has a version with this label already (labels are unique per checkpoint). */
export async function isVersionLabelTaken(tx: TransactionClient, checkpointId: string, version: string): Promise<boolean> {
  const clash = await tx.checkpointVersion.findUnique({ where: { checkpointId_version: { checkpointId, version } }, select: { id: true } });
  return clash !== null;
}

/**
 * Creates a version with its licence layers, parents (a new version has no children: its edges
 * cannot close a cycle) and creator terms; records it as `origin` says and enqueues
 * `catalog.version.created`. Returns its id.
 */
export async function createVersionWithFacts(tx: TransactionClient, version: NewVersion, origin: VersionOrigin): Promise<string> {
  const { checkpointId, createdById, columns } = version;
  const created = await tx.checkpointVersion.create({ data: { ...columns, checkpointId, createdById }, select: { id: true } });
  await addVersionLayers(tx, created.id, version);
  if (version.creatorTerms) await replaceCreatorTerms(tx, created.id, version.creatorTerms, 0);
  if (origin.via === "catalog") {
    await recordAuditEvent(tx, {
      actor: origin.actor,
      action: "version.created",
      subjectType: "CheckpointVersion",
      subjectId: created.id,
      before: null,
      after: origin.after,
    });
    await syncVersionSummaries(tx, [created.id]);
  }
  await enqueueWebhookEvent(tx, "catalog.version.created", {
    versionId: created.id,
    checkpointId,
    version: columns.version,
    viaRequest: origin.via === "request",
  });
  return created.id;
}

/** Writes a version's columns if it is still at `expectedRevision`, bumping the revision. False: someone else changed it first. */
export async function updateVersionColumns(
  tx: TransactionClient,
  versionId: string,
  expectedRevision: number,
  columns: Partial<VersionColumns>,
): Promise<boolean> {
  const { count } = await tx.checkpointVersion.updateMany({
    where: { id: versionId, revision: expectedRevision },
    data: { ...columns, revision: { increment: 1 } },
  });
  return count > 0;
}

/** Replaces the licence layers and parents a version declares (a resubmission's correction of a version nothing derives from). */
export async function replaceVersionLayers(tx: TransactionClient, versionId: string, layers: VersionLayers): Promise<void> {
  await tx.versionLicense.deleteMany({ where: { versionId } });
  await tx.lineageEdge.deleteMany({ where: { childId: versionId } });
  await addVersionLayers(tx, versionId, layers);
}

/**
 * Writes a version's creator terms as their next revision (which approvals record), or removes
 * them (null). `currentRevision` is the revision the caller based the change on (0: the version
 * has none) and guards the write. Returns the new revision (0: none now), or null when someone
 * else changed the terms first.
 */
export async function replaceCreatorTerms(
  tx: TransactionClient,
  versionId: string,
  terms: CreatorTermsColumns | null,
  currentRevision: number,
): Promise<number | null> {
  if (terms === null) {
    if (currentRevision === 0) return 0;
    const { count } = await tx.creatorTerms.deleteMany({ where: { versionId, revision: currentRevision } });
    return count > 0 ? 0 : null;
  }
  if (currentRevision === 0) {
    await tx.creatorTerms.create({ data: { versionId, ...creatorTermsColumns(terms) } });
    return 1;
  }
  const { count } = await tx.creatorTerms.updateMany({
    where: { versionId, revision: currentRevision },
    data: { ...creatorTermsColumns(terms), revision: { increment: 1 } },
  });
  return count > 0 ? currentRevision + 1 : null;
}

/** Only the creator-terms columns the forms set, as written and as audited. */
export function creatorTermsColumns(terms: CreatorTermsColumns): CreatorTermsColumns {
  return {
    allowCommercialUse: terms.allowCommercialUse,
    allowNoCredit: terms.allowNoCredit,
    allowDerivatives: terms.allowDerivatives,
    allowDifferentLicense: terms.allowDifferentLicense,
    text: terms.text,
    sourceUrl: terms.sourceUrl,
  };
}

async function addVersionLayers(tx: TransactionClient, versionId: string, { licenseIds, parents }: VersionLayers): Promise<void> {
  if (licenseIds.length > 0) await tx.versionLicense.createMany({ data: licenseIds.map((licenseId) => ({ versionId, licenseId })) });
  if (parents.length > 0) {
    await tx.lineageEdge.createMany({
      data: parents.map((parent) => ({ parentId: parent.parentId, childId: versionId, relation: parent.relation, weight: parent.weight ?? null })),
    });
  }
}

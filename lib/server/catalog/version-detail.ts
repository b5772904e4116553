import "server-only";
import { autoV2 } from "@/lib/catalog/autov2";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { readApprovalState, type ApprovalState } from "@/lib/approvals/approval-state";
import { approvalNotices } from "@/lib/approvals/approval-notice";
import { catalogStatusAt, summarizeApprovals, type CatalogStatus } from "@/lib/catalog/approval-summary";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import type { EffectiveTermsView } from "@/lib/licensing/effective-terms-view";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import { loadLineageGraph, type LineageGraphData } from "@/lib/server/catalog/lineage-graph-data";
import { loadVersionHistory, type HistoryEvent } from "@/lib/server/catalog/version-history";
import { buildLicenseStack, type StackVersion } from "@/lib/server/catalog/license-stack";
import { versionFieldsSelect } from "@/lib/server/catalog/version-fields";
import { loadLineageFacts } from "@/lib/server/licensing/effective-terms";
import { toEffectiveTermsView } from "@/lib/server/licensing/effective-terms-view";
import { isUuid } from "@/lib/uuid";

type Db = PrismaClient | TransactionClient;

const versionSelect = {
  id: true,
  ...versionFieldsSelect,
  revision: true,
  architecture: { select: { key: true, name: true } },
  checkpoint: {
    select: {
      id: true,
      slug: true,
      name: true,
      aliases: true,
      description: true,
      versions: { select: { id: true, version: true, kind: true }, orderBy: { version: "asc" } },
    },
  },
  parentEdges: { select: { id: true } },
  childEdges: { select: { id: true } },
  reviewRequests: { select: { id: true, status: true } },
  creatorTerms: { select: { sourceUrl: true, revision: true } },
  approvals: {
    orderBy: { grantedAt: "desc" },
    select: {
      id: true,
      status: true,
      reviewBy: true,
      grantedAt: true,
      conditions: true,
      needsReviewReason: true,
      needsReviewSince: true,
      revokedAt: true,
      revokedReason: true,
      requestId: true,
      effectiveTerms: true,
      team: { select: { id: true, name: true } },
      uses: { select: { use: true, statusAtApproval: true, condition: true } },
      waivers: { select: { use: true, reason: true, reference: true, comment: true, expiresAt: true, grantedBy: { select: { email: true, name: true } } } },
    },
  },
} satisfies Prisma.CheckpointVersionSelect;

export interface ApprovalDto {
  id: string;
  state: ApprovalState;
  stateReasons: string[];
  waiverExpiringSoon: boolean;
  team: { id: string; name: string } | null;
  uses: { use: IntendedUse; statusAtApproval: TermStatus; condition: string | null }[];
  waivers: { use: IntendedUse; reason: string; reference: string | null; comment: string | null; expiresAt: Date; grantedBy: string }[];
  conditions: string[];
  reviewBy: Date;
  grantedAt: Date;
  needsReviewReason: string | null;
  needsReviewSince: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  requestId: string | null;
  notice: string;
  /** The notice without waiver references and comments, for readers outside the approval's team (lib/approvals/approval-visibility.ts). */
  publicNotice: string;
}

export interface VersionDetail {
  id: string;
  name: string;
  version: string;
  kind: string;
  revision: number;
  architecture: { key: string; name: string };
  facts: {
    publisher: string | null;
    sourceUrl: string | null;
    sha256: string | null;
    /** The first 10 hex digits of the SHA-256 (A1111's and Civitai's short hash). */
    autov2: string | null;
    fileSizeBytes: number | null;
    fileName: string | null;
    fileFormat: string | null;
    nativeResolution: number | null;
    promptStyle: string | null;
    releasedAt: string | null;
  };
  notes: { bestFor: string | null; pros: string[]; cons: string[]; knownFlaws: string[]; licenseNotes: string | null };
  checkpoint: {
    id: string;
    slug: string;
    name: string;
    aliases: string[];
    description: string | null;
    versions: { id: string; version: string; kind: string }[];
  };
  status: CatalogStatus;
  lineage: LineageGraphData;
  stack: StackVersion[];
  effective: EffectiveTermsView;
  approvals: ApprovalDto[];
  history: { events: HistoryEvent[]; more: boolean };
}

export function isVersionId(id: string): boolean {
  return isUuid(id);
}

/** Everything the detail page and GET /api/v1/versions/{id} show of one version, or null. */
export async function loadVersionDetail(db: Db, id: string, now = new Date()): Promise<VersionDetail | null> {
  if (!isVersionId(id)) return null;
  const row = await db.checkpointVersion.findUnique({ where: { id }, select: versionSelect });
  if (!row) return null;
  const facts = await loadLineageFacts(db, id);
  if (!facts) return null;
  const terms = computeEffectiveTerms(facts.input);
  const licenseKeys = [...new Set(terms.layers.flatMap((layer) => (layer.source.kind === "license" ? [layer.source.licenseKey] : [])))];
  const [lineage, licenseUrls, history] = await Promise.all([
    loadLineageGraph(db, id),
    db.license.findMany({ where: { key: { in: licenseKeys } }, select: { key: true, url: true } }),
    loadVersionHistory(db, id, {
      approvalIds: row.approvals.map((approval) => approval.id),
      requestIds: row.reviewRequests.map((request) => request.id),
      edgeIds: [...row.parentEdges, ...row.childEdges].map((edge) => edge.id),
    }),
  ]);
  const name = `${row.checkpoint.name} ${row.version}`;
  const approvalSummary = summarizeApprovals(
    row.approvals.map((approval) => ({ ...approval, teamId: approval.team?.id ?? null, uses: approval.uses.map((use) => use.use) })),
    row.reviewRequests.map((request) => request.status),
  );

  return {
    id: row.id,
    name,
    version: row.version,
    kind: row.kind,
    revision: row.revision,
    architecture: row.architecture,
    facts: {
      publisher: row.publisher,
      sourceUrl: row.sourceUrl,
      sha256: row.sha256,
      autov2: autoV2(row.sha256),
      fileSizeBytes: row.fileSizeBytes === null ? null : Number(row.fileSizeBytes),
      fileName: row.fileName,
      fileFormat: row.fileFormat,
      nativeResolution: row.nativeResolution,
      promptStyle: row.promptStyle,
      releasedAt: row.releasedAt ? row.releasedAt.toISOString().slice(0, 10) : null,
    },
    notes: { bestFor: row.bestFor, pros: row.pros, cons: row.cons, knownFlaws: row.knownFlaws, licenseNotes: row.licenseNotes },
    checkpoint: row.checkpoint,
    status: catalogStatusAt(approvalSummary, now),
    lineage,
    stack: buildLicenseStack(terms, {
      licenseUrls: new Map(licenseUrls.map((license) => [license.key, license.url])),
      creatorTermsRevisions: facts.creatorTermsRevisions,
    }),
    effective: toEffectiveTermsView(terms),
    approvals: row.approvals.map((approval) => approvalDto(approval, name, now)),
    history,
  };
}

type ApprovalRow = Prisma.CheckpointVersionGetPayload<{ select: typeof versionSelect }>["approvals"][number];

function approvalDto(approval: ApprovalRow, versionName: string, now: Date): ApprovalDto {
  const reading = readApprovalState({ status: approval.status, reviewBy: approval.reviewBy, waivers: approval.waivers }, now);
  const waivers = approval.waivers.map((waiver) => ({
    use: waiver.use,
    reason: waiver.reason,
    reference: waiver.reference,
    comment: waiver.comment,
    expiresAt: waiver.expiresAt,
    grantedBy: waiver.grantedBy.name ?? waiver.grantedBy.email,
  }));
  return {
    id: approval.id,
    state: reading.state,
    stateReasons: reading.reasons,
    waiverExpiringSoon: reading.waiverExpiringSoon,
    team: approval.team,
    uses: INTENDED_USES.flatMap((use) => approval.uses.filter((entry) => entry.use === use)),
    waivers,
    conditions: approval.conditions,
    reviewBy: approval.reviewBy,
    grantedAt: approval.grantedAt,
    needsReviewReason: approval.needsReviewReason,
    needsReviewSince: approval.needsReviewSince,
    revokedAt: approval.revokedAt,
    revokedReason: approval.revokedReason,
    requestId: approval.requestId,
    ...approvalNotices({ ...approval, waivers }, versionName),
  };
}

import "server-only";
import type { TransactionClient } from "@/lib/server/db/client";
import { bumpCatalogEpoch } from "@/lib/server/catalog/catalog-epoch";
import { descendantIds, withAncestors } from "@/lib/server/licensing/effective-terms";
import { loadVersionFacts, type VersionFacts } from "@/lib/server/catalog/lineage-inputs";
import { toVersionInput } from "@/lib/server/licensing/engine-input";
import { summarizeApprovals, type ApprovalFacts } from "@/lib/catalog/approval-summary";
import { searchTermsFor } from "@/lib/catalog/search-terms";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import type { VersionInput } from "@/lib/licensing/lineage-input";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";

/**
 * Recomputes the browse read model (VersionSummary and VersionUseApproval) of the given versions,
 * inside the caller's transaction. Call it after every change that affects what a version's row
 * shows or is filtered by: its names or descriptive fields, its license layers or creator terms,
 * its lineage, a license revision, or any of its approvals and review requests.
 *
 * Effective terms flow down the lineage, so after a change to a version's terms, lineage or
 * licenses pass `{ descendants: true }`; approvals and review requests affect only their own version.
 *
 * Every change also bumps the catalogue epoch (lib/server/catalog/catalog-epoch.ts) in the same
 * transaction, so cached catalogue results on every instance are dropped once it commits.
 *
 * Concurrency: the summary rows are locked first (in id order), so two transactions that sync the
 * same version serialise, and the later one recomputes from the facts the earlier one committed.
 */
export async function syncVersionSummaries(
  tx: TransactionClient,
  versionIds: readonly string[],
  options: { descendants?: boolean } = {},
): Promise<{ synced: number }> {
  const direct = [...new Set(versionIds)];
  const ids = options.descendants ? [...new Set([...direct, ...(await descendantIds(tx, direct))])] : direct;
  if (ids.length === 0) return { synced: 0 };
  // The triggers would bump it at the upsert; bumping first takes the epoch's lock before the rows'.
  await bumpCatalogEpoch(tx);
  ids.sort();
  await tx.$queryRaw`SELECT "versionId" FROM "VersionSummary" WHERE "versionId" = ANY(${ids}::uuid[]) ORDER BY "versionId" FOR UPDATE`;

  let synced = 0;
  for (let start = 0; start < ids.length; start += CHUNK_SIZE) {
    synced += await syncChunk(tx, ids.slice(start, start + CHUNK_SIZE));
  }
  return { synced };
}

const CHUNK_SIZE = 500;

async function syncChunk(tx: TransactionClient, ids: string[]): Promise<number> {
  const facts = await loadVersionFacts(tx, await withAncestors(tx, ids));
  const inputs = new Map<string, VersionInput>();
  for (const [id, row] of facts) inputs.set(id, toVersionInput(row));

  const subjects = ids.flatMap((id) => {
    const row = facts.get(id);
    return row ? [row] : [];
  });
  const present = subjects.map((row) => row.id);
  // Sequential: one transaction is one connection, and pg queues rather than pipelines.
  const approvals = await tx.approval.findMany({
    where: { versionId: { in: present } },
    select: {
      id: true,
      versionId: true,
      status: true,
      teamId: true,
      reviewBy: true,
      uses: { select: { use: true } },
      waivers: { select: { use: true, expiresAt: true } },
    },
  });
  const requests = await tx.reviewRequest.findMany({ where: { versionId: { in: present } }, select: { versionId: true, status: true } });
  const approvalsByVersion = groupBy(approvals, (approval) => approval.versionId);
  const requestsByVersion = groupBy(requests, (request) => request.versionId);

  const summaries: SummaryRecord[] = [];
  const useRows: UseRowRecord[] = [];
  for (const row of subjects) {
    const terms = computeEffectiveTerms({ subjectId: row.id, versions: inputs });
    const approvalFacts: ApprovalFacts[] = (approvalsByVersion.get(row.id) ?? []).map((approval) => ({
      id: approval.id,
      status: approval.status,
      teamId: approval.teamId,
      reviewBy: approval.reviewBy,
      uses: approval.uses.map((use) => use.use),
      waivers: approval.waivers,
    }));
    const approvalSummary = summarizeApprovals(
      approvalFacts,
      (requestsByVersion.get(row.id) ?? []).map((request) => request.status),
    );
    const licenseKeys = new Set<string>();
    for (const layer of terms.layers) if (layer.source.kind === "license") licenseKeys.add(layer.source.licenseKey);
    summaries.push({
      versionId: row.id,
      checkpointId: row.checkpointId,
      checkpointName: row.checkpoint.name,
      versionLabel: row.version,
      kind: row.kind,
      architectureKey: row.architectureKey,
      promptStyle: row.promptStyle,
      releasedAt: row.releasedAt ? row.releasedAt.toISOString().slice(0, 10) : null,
      versionCreatedAt: row.createdAt.toISOString(),
      searchTerms: searchTermsFor(searchTexts(row)),
      ownLicenses: row.licenses.map(({ license }) => ({ key: license.key, name: license.name })),
      licenseKeys: [...licenseKeys].sort(),
      effectiveTerms: INTENDED_USES.map((use) => `${use}:${terms.uses[use].status}`),
      conditionKeys: INTENDED_USES.flatMap((use) => terms.uses[use].keyedConditions.map((condition) => `${use}:${condition.key}`)),
      violationCount: terms.violations.filter((violation) => violation.severity === "error").length,
      activeUntil: approvalSummary.activeUntil?.toISOString() ?? null,
      needsReviewUntil: approvalSummary.needsReviewUntil?.toISOString() ?? null,
      hasExpired: approvalSummary.hasExpired,
      hasRevoked: approvalSummary.hasRevoked,
      requestState: approvalSummary.requestState,
      approvedUses: approvalSummary.approvedUses,
      approvedUntil: approvalSummary.approvedUntil?.toISOString() ?? null,
    });
    for (const use of approvalSummary.useRows) {
      useRows.push({ ...use, versionId: row.id, validUntil: use.validUntil.toISOString() });
    }
  }

  await tx.$executeRawUnsafe(UPSERT_SUMMARIES, JSON.stringify(summaries));
  await tx.$executeRaw`DELETE FROM "VersionUseApproval" WHERE "versionId" = ANY(${ids}::uuid[])`;
  if (useRows.length > 0) await tx.$executeRawUnsafe(INSERT_USE_ROWS, JSON.stringify(useRows));
  return summaries.length;
}

function searchTexts(row: VersionFacts): string[] {
  return [row.checkpoint.name, ...row.checkpoint.aliases, row.version];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

interface SummaryRecord {
  versionId: string;
  checkpointId: string;
  checkpointName: string;
  versionLabel: string;
  kind: string;
  architectureKey: string;
  promptStyle: string | null;
  releasedAt: string | null;
  versionCreatedAt: string;
  searchTerms: string[];
  ownLicenses: { key: string; name: string }[];
  licenseKeys: string[];
  effectiveTerms: string[];
  conditionKeys: string[];
  violationCount: number;
  activeUntil: string | null;
  needsReviewUntil: string | null;
  hasExpired: boolean;
  hasRevoked: boolean;
  requestState: string | null;
  approvedUses: string[];
  approvedUntil: string | null;
}

interface UseRowRecord {
  approvalId: string;
  use: string;
  versionId: string;
  teamId: string | null;
  status: string;
  validUntil: string;
  waived: boolean;
}

// One statement per chunk: the rows travel as one JSON parameter and are unpacked by Postgres.
const UPSERT_SUMMARIES = `
INSERT INTO "VersionSummary" AS s (
  "versionId", "checkpointId", "checkpointName", "versionLabel", "kind", "architectureKey", "promptStyle",
  "releasedAt", "versionCreatedAt", "searchTerms", "ownLicenses", "licenseKeys", "effectiveTerms", "conditionKeys", "violationCount",
  "activeUntil", "needsReviewUntil", "hasExpired", "hasRevoked", "requestState", "approvedUses", "approvedUntil", "syncedAt")
SELECT r."versionId", r."checkpointId", r."checkpointName", r."versionLabel", r."kind"::"VersionKind", r."architectureKey",
  r."promptStyle"::"PromptStyle", r."releasedAt", r."versionCreatedAt", r."searchTerms", r."ownLicenses", r."licenseKeys",
  r."effectiveTerms", r."conditionKeys", r."violationCount", r."activeUntil", r."needsReviewUntil", r."hasExpired", r."hasRevoked",
  r."requestState"::"ReviewStatus", r."approvedUses", r."approvedUntil", now()
FROM jsonb_to_recordset($1::jsonb) AS r(
  "versionId" uuid, "checkpointId" uuid, "checkpointName" text, "versionLabel" text, "kind" text, "architectureKey" text,
  "promptStyle" text, "releasedAt" date, "versionCreatedAt" timestamptz, "searchTerms" text[], "ownLicenses" jsonb,
  "licenseKeys" text[], "effectiveTerms" text[], "conditionKeys" text[], "violationCount" integer, "activeUntil" timestamptz,
  "needsReviewUntil" timestamptz, "hasExpired" boolean, "hasRevoked" boolean, "requestState" text, "approvedUses" text[],
  "approvedUntil" timestamptz)
ON CONFLICT ("versionId") DO UPDATE SET
  "checkpointId" = EXCLUDED."checkpointId", "checkpointName" = EXCLUDED."checkpointName", "versionLabel" = EXCLUDED."versionLabel",
  "kind" = EXCLUDED."kind", "architectureKey" = EXCLUDED."architectureKey", "promptStyle" = EXCLUDED."promptStyle",
  "releasedAt" = EXCLUDED."releasedAt", "versionCreatedAt" = EXCLUDED."versionCreatedAt", "searchTerms" = EXCLUDED."searchTerms",
  "ownLicenses" = EXCLUDED."ownLicenses", "licenseKeys" = EXCLUDED."licenseKeys", "effectiveTerms" = EXCLUDED."effectiveTerms", "conditionKeys" = EXCLUDED."conditionKeys",
  "violationCount" = EXCLUDED."violationCount", "activeUntil" = EXCLUDED."activeUntil", "needsReviewUntil" = EXCLUDED."needsReviewUntil",
  "hasExpired" = EXCLUDED."hasExpired", "hasRevoked" = EXCLUDED."hasRevoked", "requestState" = EXCLUDED."requestState",
  "approvedUses" = EXCLUDED."approvedUses", "approvedUntil" = EXCLUDED."approvedUntil", "syncedAt" = EXCLUDED."syncedAt"`;

const INSERT_USE_ROWS = `
INSERT INTO "VersionUseApproval" ("approvalId", "use", "versionId", "teamId", "status", "validUntil", "waived")
SELECT r."approvalId", r."use"::"IntendedUse", r."versionId", r."teamId", r."status"::"ApprovalStatus", r."validUntil", r."waived"
FROM jsonb_to_recordset($1::jsonb) AS r(
  "approvalId" uuid, "use" text, "versionId" uuid, "teamId" uuid, "status" text, "validUntil" timestamptz, "waived" boolean)`;

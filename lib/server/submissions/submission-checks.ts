import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { loadLineageFacts } from "@/lib/server/licensing/effective-terms";
import { loadLicenseLayers } from "@/lib/server/submissions/license-layers";
import type { CreatorTermsInput } from "@/lib/licensing/creator-terms";
import { computeEffectiveTerms, type EffectiveTerms } from "@/lib/licensing/effective-terms";
import { INTENDED_USES, type IntendedUse, type TermStatus, type VersionKind } from "@/lib/licensing/vocabulary";
import { computeSubmissionChecks, type CataloguedFile, type SubmissionCheck } from "@/lib/reviews/submission-checks";
import { buildWouldBeInput } from "@/lib/reviews/would-be-version";

type Db = PrismaClient | TransactionClient;

/** What the form knows so far; anything missing or invalid is simply not checked yet. */
export interface SubmissionDraft {
  mode: "existing" | "new";
  versionId?: string | null;
  checkpointName?: string | null;
  version?: string | null;
  kind?: VersionKind | null;
  architectureKey?: string | null;
  parentIds: readonly string[];
  licenseIds: readonly string[];
  creatorTerms: CreatorTermsInput | null;
  sha256?: string | null;
  uses: readonly IntendedUse[];
  detectedArchitecture?: string | null;
}

export interface SubmissionCheckResult {
  checks: SubmissionCheck[];
  /** Effective status of every use, to show next to the use checkboxes; null when not computable yet. */
  useStatuses: Record<IntendedUse, TermStatus> | null;
  terms: EffectiveTerms | null;
}

const sameFileSelect = {
  id: true,
  version: true,
  checkpoint: { select: { name: true } },
  licenses: { select: { license: { select: { key: true, name: true } } }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.CheckpointVersionSelect;

export async function checkSubmissionDraft(db: Db, draft: SubmissionDraft): Promise<SubmissionCheckResult> {
  if (draft.mode === "existing") {
    if (!draft.versionId) return { checks: [], useStatuses: null, terms: null };
    return (await checkCataloguedVersion(db, draft.versionId, draft)) ?? { checks: [], useStatuses: null, terms: null };
  }
  return checkWouldBeVersion(db, draft);
}

/** Checks of a version already in the catalog (also used for a new version once it is created). */
export async function checkCataloguedVersion(
  db: Db,
  versionId: string,
  request: Pick<SubmissionDraft, "uses" | "detectedArchitecture" | "sha256">,
): Promise<SubmissionCheckResult | null> {
  const [version, lineage, architectureNames] = await Promise.all([
    db.checkpointVersion.findUnique({
      where: { id: versionId },
      select: {
        ...sameFileSelect,
        sha256: true,
        architectureKey: true,
        parentEdges: { select: { parent: { select: { version: true, architectureKey: true, checkpoint: { select: { name: true } } } } } },
      },
    }),
    loadLineageFacts(db, versionId),
    loadArchitectureNames(db),
  ]);
  if (!version || !lineage) return null;
  const terms = computeEffectiveTerms(lineage.input);
  const fileHash = request.sha256 ?? version.sha256;
  const checks = computeSubmissionChecks({
    subjectName: `${version.checkpoint.name} ${version.version}`,
    claimedArchitecture: version.architectureKey,
    detectedArchitecture: request.detectedArchitecture ?? null,
    architectureNames,
    parents: version.parentEdges.map(({ parent }) => ({ name: `${parent.checkpoint.name} ${parent.version}`, architectureKey: parent.architectureKey })),
    subjectLicenseKeys: version.licenses.map(({ license }) => license.key),
    cataloguedSha256: version.sha256,
    inspectedSha256: request.sha256 ?? null,
    sameFile: fileHash ? await findSameFile(db, fileHash, versionId) : [],
    terms,
    requestedUses: request.uses,
  });
  return { checks, useStatuses: statusesOf(terms), terms };
}

/** Checks of a version that is not catalogued yet: effective terms computed from the form, nothing written. */
export async function checkWouldBeVersion(db: Db, draft: SubmissionDraft): Promise<SubmissionCheckResult> {
  const parentIds = [...new Set(draft.parentIds)];
  const [parents, lineages, licenses, architectureNames, sameFile] = await Promise.all([
    db.checkpointVersion.findMany({
      where: { id: { in: parentIds } },
      select: { id: true, version: true, architectureKey: true, checkpoint: { select: { name: true } } },
    }),
    Promise.all(parentIds.map((id) => loadLineageFacts(db, id))),
    loadLicenseLayers(db, draft.licenseIds),
    loadArchitectureNames(db),
    draft.sha256 ? findSameFile(db, draft.sha256, null) : Promise.resolve([]),
  ]);
  const name = [draft.checkpointName?.trim(), draft.version?.trim()].filter(Boolean).join(" ") || "The new version";
  const terms = draft.kind
    ? computeEffectiveTerms(
        buildWouldBeInput(
          {
            name,
            kind: draft.kind,
            parentIds,
            licenseLayers: licenses.flatMap((license) => (license.layer ? [license.layer] : [])),
            creatorTerms: draft.creatorTerms,
          },
          lineages.flatMap((lineage) => (lineage ? [lineage.input.versions] : [])),
        ),
      )
    : null;
  const checks = computeSubmissionChecks({
    subjectName: name,
    claimedArchitecture: draft.architectureKey ?? null,
    detectedArchitecture: draft.detectedArchitecture ?? null,
    architectureNames,
    parents: parents.map((parent) => ({ name: `${parent.checkpoint.name} ${parent.version}`, architectureKey: parent.architectureKey })),
    subjectLicenseKeys: licenses.map((license) => license.key),
    sameFile,
    terms,
    requestedUses: draft.uses,
  });
  return { checks, useStatuses: terms ? statusesOf(terms) : null, terms };
}

async function findSameFile(db: Db, sha256: string, excludeVersionId: string | null): Promise<CataloguedFile[]> {
  const rows = await db.checkpointVersion.findMany({
    where: { sha256: sha256.toLowerCase(), ...(excludeVersionId ? { id: { not: excludeVersionId } } : {}) },
    select: sameFileSelect,
    orderBy: { createdAt: "asc" },
    take: 5,
  });
  return rows.map((row) => ({
    versionId: row.id,
    name: `${row.checkpoint.name} ${row.version}`,
    licenseKeys: row.licenses.map(({ license }) => license.key),
    licenseNames: row.licenses.map(({ license }) => license.name),
  }));
}

async function loadArchitectureNames(db: Db): Promise<Record<string, string>> {
  const rows = await db.architecture.findMany({ select: { key: true, name: true } });
  return Object.fromEntries(rows.map((row) => [row.key, row.name]));
}

function statusesOf(terms: EffectiveTerms): Record<IntendedUse, TermStatus> {
  return Object.fromEntries(INTENDED_USES.map((use) => [use, terms.uses[use].status])) as Record<IntendedUse, TermStatus>;
}

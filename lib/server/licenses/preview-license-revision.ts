import "server-only";
import { canManageCatalog, type Actor } from "@/lib/policy/capabilities";
import { computeEffectiveTerms } from "@/lib/licensing/effective-terms";
import type { EffectiveTermsInput, VersionInput } from "@/lib/licensing/lineage-input";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import type { CreateLicenseRevisionInput } from "@/lib/schemas/catalog";
import { findApprovalsRelyingOn } from "@/lib/server/approvals/mark-for-re-review";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, NotFoundError } from "@/lib/server/errors";
import { withAncestors } from "@/lib/server/licensing/effective-terms";
import { toVersionInput, versionInputSelect } from "@/lib/server/licensing/engine-input";
import type { ApprovalImpact, LicenseRevisionPreview, UseChange } from "@/lib/licensing/license-revision-preview";

export type { ApprovalImpact, LicenseRevisionPreview, UseChange };

export const PREVIEW_LIMIT = 200;

/** The engine input with every layer of `licenseKey` replaced by the proposed revision's terms. */
function withProposedTerms(input: EffectiveTermsInput, licenseKey: string, fields: CreateLicenseRevisionInput): EffectiveTermsInput {
  const versions = new Map<string, VersionInput>();
  const entries: [string, VersionInput][] = input.versions instanceof Map ? [...input.versions.entries()] : Object.entries(input.versions);
  for (const [id, version] of entries) {
    versions.set(id, {
      ...version,
      licenseLayers: version.licenseLayers.map((layer) =>
        layer.licenseKey !== licenseKey
          ? layer
          : {
              ...layer,
              licenseVersionId: `${layer.licenseVersionId}:proposed`,
              revision: layer.revision + 1,
              passThroughRestrictions: fields.passThroughRestrictions,
              restrictionsText: fields.restrictionsText,
              obligations: fields.obligations,
              terms: Object.fromEntries(INTENDED_USES.map((use) => [use, fields.terms[use]])),
            },
      ),
    });
  }
  return { subjectId: input.subjectId, versions };
}

/**
 * The dry run of a license change: which approvals saving it would flag for re-review, and for each
 * which approved uses would change effective status. Writes nothing.
 */
export async function previewLicenseRevision(actor: Actor, proposal: CreateLicenseRevisionInput, db: PrismaClient = prisma): Promise<LicenseRevisionPreview> {
  assertAllowed(canManageCatalog(actor));
  const license = await db.license.findUnique({ where: { id: proposal.licenseId }, select: { key: true } });
  if (!license) throw new NotFoundError("This license no longer exists.");

  const candidates = await findApprovalsRelyingOn(prisma, { licenseIds: [proposal.licenseId] });
  const shown = candidates.slice(0, PREVIEW_LIMIT);
  const details = await db.approval.findMany({
    where: { id: { in: shown.map((approval) => approval.id) } },
    select: {
      id: true,
      versionId: true,
      team: { select: { name: true } },
      uses: { select: { use: true } },
      version: { select: { version: true, checkpoint: { select: { name: true } } } },
    },
  });

  // One read for every affected version and all their ancestors; then the engine runs in memory.
  const versionIds = [...new Set(details.map((approval) => approval.versionId))];
  const rows = await db.checkpointVersion.findMany({ where: { id: { in: await withAncestors(prisma, versionIds) } }, select: versionInputSelect });
  const lineage = new Map(rows.map((row) => [row.id, toVersionInput(row)]));
  const statuses = (terms: ReturnType<typeof computeEffectiveTerms>) =>
    Object.fromEntries(INTENDED_USES.map((use) => [use, terms.uses[use].status])) as Record<IntendedUse, TermStatus>;
  const proposed = withProposedTerms({ subjectId: "", versions: lineage }, license.key, proposal).versions;
  const termsByVersion = new Map<string, { before: Record<IntendedUse, TermStatus>; after: Record<IntendedUse, TermStatus> }>();
  for (const versionId of versionIds) {
    if (!lineage.has(versionId)) continue;
    termsByVersion.set(versionId, {
      before: statuses(computeEffectiveTerms({ subjectId: versionId, versions: lineage })),
      after: statuses(computeEffectiveTerms({ subjectId: versionId, versions: proposed })),
    });
  }

  const approvals = details
    .map((approval): ApprovalImpact => {
      const terms = termsByVersion.get(approval.versionId);
      const flips: UseChange[] = [];
      const unchanged: IntendedUse[] = [];
      for (const { use } of approval.uses) {
        const from = terms?.before[use] ?? "UNKNOWN";
        const to = terms?.after[use] ?? "UNKNOWN";
        if (from === to) unchanged.push(use);
        else flips.push({ use, from, to });
      }
      return {
        approvalId: approval.id,
        versionId: approval.versionId,
        versionName: `${approval.version.checkpoint.name} ${approval.version.version}`,
        team: approval.team?.name ?? "Every team",
        flips,
        unchanged,
      };
    })
    .sort((a, b) => b.flips.length - a.flips.length || a.versionName.localeCompare(b.versionName));
  return { approvalCount: candidates.length, approvals, flippedUses: approvals.reduce((sum, approval) => sum + approval.flips.length, 0) };
}

import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { INTENDED_USES, type IntendedUse, type TermStatus } from "@/lib/licensing/vocabulary";
import type { ApplyLibraryUpdateInput } from "@/lib/schemas/catalog";
import { assertAllowed, ConflictError } from "@/lib/server/errors";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { createCheckpoint } from "@/lib/server/catalog/create-checkpoint";
import { addVersionLicense } from "@/lib/server/catalog/version-licenses";
import { addLibraryVersion, libraryCatalogVersion } from "@/lib/server/licenses/library-catalog";
import { createLicense } from "@/lib/server/licenses/create-license";
import { createLicenseRevision } from "@/lib/server/licenses/create-license-revision";
import { libraryRevisionFields, revisionMatches } from "@/lib/server/licenses/license-library";
import { previewLicenseRevision, type ApprovalImpact } from "@/lib/server/licenses/preview-license-revision";
import { currentRevision, LICENSE_KEY, LICENSE_LIBRARY, LICENSES } from "@/prisma/seed-data/licenses";

// Bringing an existing registry up to the licence library (prisma/seed-data/licenses.ts) is a
// person's decision, because every approval relying on a changed licence is flagged NEEDS_REVIEW
// and stops counting as approved. Nothing here runs by itself: `npm start` only says an update is
// available; `npm run licenses:update [-- --dry-run]` and the catalog admin's panel preview and
// apply it. Each step goes through the admin's own path (createLicenseRevision, createLicense,
// addVersionLicense), so each changed licence is one audit event, and a second run finds nothing.

/**
 * Catalog rows the library added since an earlier release (checkpoint slug + version label, as in
 * prisma/seed-data): an existing registry gets them through the update, a fresh one from the seed.
 */
export const LIBRARY_CATALOG_ADDITIONS: readonly { checkpointSlug: string; versionLabel: string }[] = [
  { checkpointSlug: "flux-1-schnell", versionLabel: "1.0" },
  { checkpointSlug: "illustrious-xl", versionLabel: "v0.1" },
];

/** Licence layers the library adds to versions an earlier library seeded without them. */
export const LIBRARY_LAYER_ADDITIONS: readonly { checkpointSlug: string; versionLabel: string; licenseKey: string }[] = [
  { checkpointSlug: "pony-diffusion", versionLabel: "V6 XL", licenseKey: LICENSE_KEY.fairAiPublicSdPony },
];

export type LibraryStep =
  | { kind: "create-license"; key: string; name: string; revisions: number }
  | {
      kind: "new-revision";
      key: string;
      name: string;
      licenseId: string;
      fromRevision: number;
      toRevision: number;
      /** Uses whose status in the licence itself changes. */
      termChanges: { use: IntendedUse; from: TermStatus; to: TermStatus }[];
      approvalCount: number;
      approvals: ApprovalImpact[];
    }
  | { kind: "add-layer"; key: string; name: string; versionId: string; versionName: string }
  | { kind: "add-checkpoint"; key: string; name: string }
  | {
      kind: "add-version";
      /** `<checkpoint slug>@<version label>`. */
      key: string;
      name: string;
      checkpointSlug: string;
      versionLabel: string;
      /** The licences it declares (names), and the parents it is recorded with. */
      licenses: string[];
      parents: string[];
    };

export interface LibraryUpdatePlan {
  steps: LibraryStep[];
}

const revisionSelect = {
  id: true,
  revision: true,
  label: true,
  url: true,
  summary: true,
  passThroughRestrictions: true,
  restrictionsText: true,
  obligations: true,
  terms: { select: { use: true, status: true, condition: true, basis: true, conditionKeys: true } },
} as const;

/** What applying the library would change, with the approvals each licence change would flag. Writes nothing. */
export async function planLibraryUpdate(actor: Actor): Promise<LibraryUpdatePlan> {
  assertAllowed(canManageCatalog(actor));
  const steps = await libraryChanges();
  for (const step of steps) {
    if (step.kind !== "new-revision") continue;
    const library = LICENSE_LIBRARY.find((license) => license.key === step.key)!;
    const preview = await previewLicenseRevision(actor, {
      licenseId: step.licenseId,
      expectedRevision: step.fromRevision,
      ...libraryRevisionFields(currentRevision(library)),
    });
    step.approvalCount = preview.approvalCount;
    step.approvals = preview.approvals;
  }
  return { steps };
}

/** The steps without the approvals' preview: cheap enough for `npm start` to ask whether an update is available. */
export async function libraryChanges(db: PrismaClient = prisma): Promise<LibraryStep[]> {
  const keys = LICENSE_LIBRARY.map((license) => license.key);
  const stored = await db.license.findMany({
    where: { key: { in: keys } },
    select: { id: true, key: true, name: true, versions: { orderBy: { revision: "desc" }, take: 1, select: revisionSelect } },
  });
  const byKey = new Map(stored.map((license) => [license.key, license]));
  const steps: LibraryStep[] = [];
  for (const license of LICENSE_LIBRARY) {
    const existing = byKey.get(license.key);
    const fields = libraryRevisionFields(currentRevision(license));
    if (!existing) {
      // A record an earlier library kept apart is only ever revised, never created anew.
      if (LICENSES.includes(license)) steps.push({ kind: "create-license", key: license.key, name: license.name, revisions: 1 });
      continue;
    }
    const current = existing.versions[0];
    if (current && revisionMatches(current, fields)) continue;
    const before = new Map((current?.terms ?? []).map((term) => [term.use, term.status as TermStatus]));
    steps.push({
      kind: "new-revision",
      key: license.key,
      name: existing.name,
      licenseId: existing.id,
      fromRevision: current?.revision ?? 0,
      toRevision: (current?.revision ?? 0) + 1,
      termChanges: INTENDED_USES.flatMap((use) => {
        const from = before.get(use) ?? "UNKNOWN";
        const to = fields.terms[use].status;
        return from === to ? [] : [{ use, from, to }];
      }),
      approvalCount: 0,
      approvals: [],
    });
  }
  for (const addition of LIBRARY_CATALOG_ADDITIONS) {
    const { checkpoint, version } = libraryCatalogVersion(addition.checkpointSlug, addition.versionLabel);
    const existing = await db.checkpoint.findUnique({
      where: { slug: checkpoint.slug },
      select: { id: true, versions: { where: { version: version.version }, select: { id: true } } },
    });
    if (existing && existing.versions.length > 0) continue;
    if (!existing && !steps.some((step) => step.kind === "add-checkpoint" && step.key === checkpoint.slug)) {
      steps.push({ kind: "add-checkpoint", key: checkpoint.slug, name: checkpoint.name });
    }
    const parents = await Promise.all(
      version.parents.map(async (parent) => {
        const row = await db.checkpointVersion.findFirst({
          where: { version: parent.version, checkpoint: { slug: parent.checkpoint } },
          select: { version: true, checkpoint: { select: { name: true } } },
        });
        return row ? `${row.checkpoint.name} ${row.version}` : `${parent.checkpoint} ${parent.version}`;
      }),
    );
    steps.push({
      kind: "add-version",
      key: `${checkpoint.slug}@${version.version}`,
      name: `${checkpoint.name} ${version.version}`,
      checkpointSlug: checkpoint.slug,
      versionLabel: version.version,
      licenses: version.licenseKeys.map((key) => LICENSE_LIBRARY.find((license) => license.key === key)?.name ?? key),
      parents,
    });
  }
  for (const addition of LIBRARY_LAYER_ADDITIONS) {
    const version = await db.checkpointVersion.findFirst({
      where: { version: addition.versionLabel, checkpoint: { slug: addition.checkpointSlug } },
      select: { id: true, version: true, checkpoint: { select: { name: true } }, licenses: { select: { license: { select: { key: true } } } } },
    });
    if (!version || version.licenses.some((layer) => layer.license.key === addition.licenseKey)) continue;
    const license = LICENSE_LIBRARY.find((entry) => entry.key === addition.licenseKey)!;
    steps.push({
      kind: "add-layer",
      key: license.key,
      name: license.name,
      versionId: version.id,
      versionName: `${version.checkpoint.name} ${version.version}`,
    });
  }
  return steps;
}

export interface LibraryUpdateResult {
  applied: LibraryStep[];
  flaggedApprovals: number;
}

/**
 * Applies every step, each through the admin's own path in its own transaction with its own audit
 * event. A step someone else already took meanwhile is skipped (the plan is re-read first), so two
 * runs at once, or a second run, change nothing more.
 */
export async function applyLibraryUpdate(actor: Actor, input: ApplyLibraryUpdateInput, db: PrismaClient = prisma): Promise<LibraryUpdateResult> {
  assertAllowed(canManageCatalog(actor));
  const steps = await libraryChanges(db);
  // What was previewed is what gets applied: a plan that changed meanwhile is shown again first.
  if (steps.length !== input.expectedSteps) {
    throw new ConflictError(
      steps.length === 0
        ? "The licence records are already up to date with the library (someone applied the update meanwhile)."
        : "The library update changed since the preview. Review the new preview, then apply it.",
    );
  }
  const applied: LibraryStep[] = [];
  let flaggedApprovals = 0;
  // New licences first: a layer addition may name one.
  for (const step of steps.filter((entry) => entry.kind === "create-license")) {
    const license = LICENSE_LIBRARY.find((entry) => entry.key === step.key)!;
    await createLicense(
      actor,
      {
        key: license.key,
        name: license.name,
        aliases: [...license.aliases],
        url: license.url,
        revision: libraryRevisionFields(currentRevision(license)),
      },
      db,
    );
    applied.push(step);
  }
  // Then the new catalog rows, which declare those licences: each checkpoint, then each version
  // (with its licence layers, creator terms and lineage, one event).
  for (const step of steps) {
    if (step.kind !== "add-checkpoint") continue;
    const { checkpoint } = libraryCatalogVersion(step.key, null);
    await createCheckpoint(actor, { slug: checkpoint.slug, name: checkpoint.name, aliases: [...checkpoint.aliases], description: checkpoint.description }, db);
    applied.push(step);
  }
  for (const step of steps) {
    if (step.kind !== "add-version") continue;
    await addLibraryVersion(actor, { checkpointSlug: step.checkpointSlug, versionLabel: step.versionLabel }, db);
    applied.push(step);
  }
  for (const step of steps) {
    if (step.kind === "new-revision") {
      const license = LICENSE_LIBRARY.find((entry) => entry.key === step.key)!;
      const result = await createLicenseRevision(
        actor,
        { licenseId: step.licenseId, expectedRevision: step.fromRevision, ...libraryRevisionFields(currentRevision(license)) },
        db,
      );
      flaggedApprovals += result.flaggedApprovals;
      applied.push(step);
    } else if (step.kind === "add-layer") {
      const license = await db.license.findUnique({ where: { key: step.key }, select: { id: true } });
      if (!license) continue;
      const result = await addVersionLicense(actor, { versionId: step.versionId, licenseId: license.id }, db);
      flaggedApprovals += result.flaggedApprovals;
      applied.push(step);
    }
  }
  return { applied, flaggedApprovals };
}

import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import type { PrismaClient } from "@/lib/server/db/client";
import { only, type MatrixRow } from "./support/matrix";

// Catalog administration: admins only (canManageCatalog). Each call gets its own checkpoint,
// versions and license, created directly in the database before the call.

const CATALOG = "app/(registry)/catalog/actions.ts";

async function newVersion(db: PrismaClient, unique: (label: string) => string) {
  const slug = unique("matrix-checkpoint");
  const checkpoint = await db.checkpoint.create({ data: { slug, name: slug }, select: { id: true, updatedAt: true } });
  const version = await db.checkpointVersion.create({
    data: { checkpointId: checkpoint.id, version: "1.0", kind: "FINETUNE", architectureKey: "SDXL" },
    select: { id: true },
  });
  return { checkpoint, version };
}

async function newLicense(db: PrismaClient, unique: (label: string) => string) {
  const key = `LicenseRef-${unique("matrix")}`;
  return db.license.create({
    data: { key, name: key, versions: { create: { revision: 1, terms: { create: INTENDED_USES.map((use) => ({ use, status: "UNKNOWN" as const })) } } } },
    select: { id: true, key: true },
  });
}

const unknownTerms = (prefix: string) => Object.fromEntries(INTENDED_USES.map((use) => [`${prefix}terms.${use}.status`, "UNKNOWN"]));

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: CATALOG,
    name: "createCheckpointAction",
    allowed: only("admin"),
    audit: "checkpoint.created",
    args: ({ form, unique }) => {
      const slug = unique("matrix-new");
      return [null, form({ name: `Matrix ${slug}`, slug, aliases: "Matrix alias" })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "updateCheckpointAction",
    allowed: only("admin"),
    audit: "checkpoint.updated",
    args: async ({ db, form, unique }) => {
      const { checkpoint } = await newVersion(db, unique);
      const slug = unique("matrix-renamed");
      return [null, form({ id: checkpoint.id, name: `Renamed ${slug}`, slug, expectedUpdatedAt: checkpoint.updatedAt.toISOString() })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "createVersionAction",
    allowed: only("admin"),
    audit: "version.created",
    args: async ({ db, form, unique }) => {
      const slug = unique("matrix-checkpoint");
      const checkpoint = await db.checkpoint.create({ data: { slug, name: slug }, select: { id: true } });
      return [null, form({ checkpointId: checkpoint.id, version: "2.0", kind: "BASE", architectureKey: "SDXL" })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "updateVersionAction",
    allowed: only("admin"),
    audit: "version.updated",
    args: async ({ db, form, unique }) => {
      const { version } = await newVersion(db, unique);
      return [null, form({ id: version.id, expectedRevision: 1, version: "1.0", kind: "FINETUNE", architectureKey: "SDXL", bestFor: "Changed in the matrix" })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "addLineageEdgeAction",
    allowed: only("admin"),
    audit: "lineage.edge_added",
    args: async ({ db, form, unique }) => {
      const parent = await newVersion(db, unique);
      const child = await newVersion(db, unique);
      return [null, form({ childId: child.version.id, parentId: parent.version.id, relation: "FINETUNE" })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "removeLineageEdgeAction",
    allowed: only("admin"),
    audit: "lineage.edge_removed",
    args: async ({ db, form, unique }) => {
      const parent = await newVersion(db, unique);
      const child = await newVersion(db, unique);
      const edge = await db.lineageEdge.create({
        data: { parentId: parent.version.id, childId: child.version.id, relation: "FINETUNE" },
        select: { id: true },
      });
      return [null, form({ edgeId: edge.id })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "addVersionLicenseAction",
    allowed: only("admin"),
    audit: "version.license_added",
    args: async ({ db, form, unique }) => {
      const { version } = await newVersion(db, unique);
      const license = await newLicense(db, unique);
      return [null, form({ versionId: version.id, licenseId: license.id })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "removeVersionLicenseAction",
    allowed: only("admin"),
    audit: "version.license_removed",
    args: async ({ db, form, unique }) => {
      const { version } = await newVersion(db, unique);
      const license = await newLicense(db, unique);
      await db.versionLicense.create({ data: { versionId: version.id, licenseId: license.id } });
      return [null, form({ versionId: version.id, licenseId: license.id })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "updateCreatorTermsAction",
    allowed: only("admin"),
    audit: "creator_terms.updated",
    args: async ({ db, form, unique }) => {
      const { version } = await newVersion(db, unique);
      return [
        null,
        form({
          versionId: version.id,
          expectedRevision: 0,
          allowCommercialUse: ["IMAGE"],
          allowNoCredit: "no",
          allowDerivatives: "",
          allowDifferentLicense: "",
        }),
      ];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "createLicenseAction",
    allowed: only("admin"),
    audit: "license.created",
    args: ({ form, unique }) => {
      const key = `LicenseRef-${unique("matrix-new")}`;
      return [null, form({ key, name: key, ...unknownTerms("revision.") })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "updateLicenseAction",
    allowed: only("admin"),
    audit: "license.updated",
    args: async ({ db, form, unique }) => {
      const license = await newLicense(db, unique);
      const { updatedAt } = await db.license.findUniqueOrThrow({ where: { id: license.id }, select: { updatedAt: true } });
      return [null, form({ id: license.id, name: `Renamed ${license.key}`, expectedUpdatedAt: updatedAt.toISOString() })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "createLicenseRevisionAction",
    allowed: only("admin"),
    audit: "license.version_created",
    args: async ({ db, form, unique }) => {
      const license = await newLicense(db, unique);
      return [null, form({ licenseId: license.id, expectedRevision: 1, ...unknownTerms(""), "terms.RESEARCH.status": "ALLOWED" })];
    },
  },
  {
    kind: "action",
    file: CATALOG,
    name: "previewLicenseRevisionAction",
    allowed: only("admin"),
    audit: "read-only", // the dry run of a license change
    args: async ({ db, form, unique }) => {
      const license = await newLicense(db, unique);
      return [null, form({ licenseId: license.id, expectedRevision: 1, ...unknownTerms(""), "terms.RESEARCH.status": "ALLOWED" })];
    },
  },
];

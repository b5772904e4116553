import { beforeAll, describe, expect, it } from "vitest";
import type { OrgRole } from "@/lib/policy/capabilities";
import {
  checkpointFieldsSchema,
  createLicenseRevisionSchema,
  createLicenseSchema,
  createVersionSchema,
  updateCreatorTermsSchema,
  updateCheckpointSchema,
  updateLicenseSchema,
  updateVersionSchema,
} from "@/lib/schemas/catalog";
import { addLineageEdge } from "@/lib/server/catalog/add-lineage-edge";
import { createCheckpoint } from "@/lib/server/catalog/create-checkpoint";
import { createVersion } from "@/lib/server/catalog/create-version";
import { removeLineageEdge } from "@/lib/server/catalog/remove-lineage-edge";
import { updateCheckpoint } from "@/lib/server/catalog/update-checkpoint";
import { updateCreatorTerms } from "@/lib/server/catalog/update-creator-terms";
import { updateVersion } from "@/lib/server/catalog/update-version";
import { addVersionLicense, removeVersionLicense } from "@/lib/server/catalog/version-licenses";
import { prisma } from "@/lib/server/db/prisma";
import { ForbiddenError } from "@/lib/server/errors";
import { createLicense } from "@/lib/server/licenses/create-license";
import { createLicenseRevision } from "@/lib/server/licenses/create-license-revision";
import { updateLicense } from "@/lib/server/licenses/update-license";
import { withOwnDatabase } from "../auth/support/own-database";
import { createPerson, createTeamRow, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion, revisionForm, token } from "./support";

// Every catalog mutation asks the policy first: only ADMIN manages the catalog. A refusal writes
// nothing — not the change, not an audit event, not a re-review flag, not a browse summary.
// Its own database: the whole-table comparison must not see other test files' writes.
withOwnDatabase("catalog_refusals");

let admin: Person;
let fixture: {
  architectureKey: string;
  checkpointId: string;
  updatedAt: string;
  parentId: string;
  childId: string;
  edgeId: string;
  licenseId: string;
  licenseUpdatedAt: string;
};

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  const architectureKey = await createArchitecture();
  const license = await newLicense(admin, { RESEARCH: "ALLOWED" });
  const parent = await newVersion(admin, { architectureKey, licenseIds: [license.licenseId] });
  const child = await newVersion(admin, { architectureKey, parents: [{ id: parent.versionId }] });
  await approve(child.versionId, ["RESEARCH"], { grantedById: admin.user.id });
  const checkpoint = await prisma.checkpoint.findUniqueOrThrow({ where: { id: parent.checkpointId } });
  const edge = await prisma.lineageEdge.findFirstOrThrow({ where: { childId: child.versionId } });
  const licenseRow = await prisma.license.findUniqueOrThrow({ where: { id: license.licenseId } });
  fixture = {
    architectureKey,
    checkpointId: parent.checkpointId,
    updatedAt: checkpoint.updatedAt.toISOString(),
    parentId: parent.versionId,
    childId: child.versionId,
    edgeId: edge.id,
    licenseId: license.licenseId,
    licenseUpdatedAt: licenseRow.updatedAt.toISOString(),
  };
});

type Mutation = [string, (person: Person) => Promise<unknown>];

const mutations: Mutation[] = [
  ["createCheckpoint", (p) => createCheckpoint(p.actor, checkpointFieldsSchema.parse({ name: "Refused", slug: `refused-${token()}` }))],
  [
    "updateCheckpoint",
    (p) =>
      updateCheckpoint(
        p.actor,
        updateCheckpointSchema.parse({ id: fixture.checkpointId, name: "Refused", slug: `refused-${token()}`, expectedUpdatedAt: fixture.updatedAt }),
      ),
  ],
  [
    "createVersion",
    (p) =>
      createVersion(
        p.actor,
        createVersionSchema.parse({ checkpointId: fixture.checkpointId, version: "9.9", kind: "BASE", architectureKey: fixture.architectureKey }),
      ),
  ],
  [
    "updateVersion",
    (p) =>
      updateVersion(
        p.actor,
        updateVersionSchema.parse({ id: fixture.childId, version: "1.0", kind: "MERGE", architectureKey: fixture.architectureKey, expectedRevision: "1" }),
      ),
  ],
  ["addLineageEdge", (p) => addLineageEdge(p.actor, { childId: fixture.parentId, parentId: fixture.childId, relation: "FINETUNE", weight: null })],
  ["removeLineageEdge", (p) => removeLineageEdge(p.actor, { edgeId: fixture.edgeId })],
  ["addVersionLicense", (p) => addVersionLicense(p.actor, { versionId: fixture.childId, licenseId: fixture.licenseId })],
  ["removeVersionLicense", (p) => removeVersionLicense(p.actor, { versionId: fixture.parentId, licenseId: fixture.licenseId })],
  [
    "updateCreatorTerms",
    (p) => updateCreatorTerms(p.actor, updateCreatorTermsSchema.parse({ versionId: fixture.childId, expectedRevision: "0", allowCommercialUse: ["SELL"] })),
  ],
  [
    "createLicense",
    (p) => createLicense(p.actor, createLicenseSchema.parse({ key: `LicenseRef-refused-${token()}`, name: "Refused", revision: revisionForm({}) })),
  ],
  [
    "updateLicense",
    (p) => updateLicense(p.actor, updateLicenseSchema.parse({ id: fixture.licenseId, name: "Refused", expectedUpdatedAt: fixture.licenseUpdatedAt })),
  ],
  [
    "createLicenseRevision",
    (p) =>
      createLicenseRevision(
        p.actor,
        createLicenseRevisionSchema.parse({ licenseId: fixture.licenseId, expectedRevision: "1", ...revisionForm({ RESEARCH: "FORBIDDEN" }) }),
      ),
  ],
];

const TABLES = [
  "Checkpoint",
  "CheckpointVersion",
  "LineageEdge",
  "VersionLicense",
  "CreatorTerms",
  "License",
  "LicenseVersion",
  "LicenseTerm",
  "Approval",
  "VersionSummary",
  "VersionUseApproval",
  "AuditEvent",
];

/** Row count and digest of every catalog table: a refusal must leave each exactly as it was. */
async function catalogState(): Promise<Record<string, string>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await prisma.$queryRawUnsafe<{ digest: string }[]>(
        `SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest FROM "${table}" t`,
      );
      return [table, row!.digest] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe.each<[string, OrgRole[]]>([
  ["a team member without an org role", []],
  ["a legal reviewer", ["LEGAL_REVIEWER"]],
  ["a technical reviewer", ["TECH_REVIEWER"]],
  ["an auditor", ["AUDITOR"]],
])("%s", (_who, roles) => {
  it.each(mutations)("is refused %s, and nothing is written", async (_name, run) => {
    const team = await createTeamRow(prisma);
    const person = await createPerson(prisma, { roles, teamIds: [team.id] });
    const before = await catalogState();
    await expect(run(person)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await catalogState()).toEqual(before);
  });
});

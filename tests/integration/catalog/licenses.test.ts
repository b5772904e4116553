import { beforeAll, describe, expect, it } from "vitest";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { createLicenseRevisionSchema, createLicenseSchema, updateLicenseSchema } from "@/lib/schemas/catalog";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError } from "@/lib/server/errors";
import { createLicense } from "@/lib/server/licenses/create-license";
import { createLicenseRevision } from "@/lib/server/licenses/create-license-revision";
import { updateLicense } from "@/lib/server/licenses/update-license";
import { createPerson, type Person } from "../auth/support/people";
import { createArchitecture, effectiveOf, newLicense, newVersion, revisionForm, summaryOf, token } from "./support";

let admin: Person;
let architectureKey: string;

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  architectureKey = await createArchitecture();
});

describe("createLicense", () => {
  it("creates the license with revision 1 and a term for every use, in one audit event", async () => {
    const key = `LicenseRef-it-${token()}`;
    const input = createLicenseSchema.parse({
      key,
      name: "Test Community License",
      aliases: "test-community\nTCL",
      revision: revisionForm(
        { COMMERCIAL_OUTPUTS: { status: "CONDITIONAL", condition: "revenue under USD 1M" } },
        { passThroughRestrictions: "on", obligations: "Credit the creator" },
      ),
    });
    const { licenseId, licenseVersionId } = await createLicense(admin.actor, input);
    const license = await prisma.license.findUniqueOrThrow({ where: { id: licenseId }, include: { versions: { include: { terms: true } } } });
    expect(license).toMatchObject({ key, name: "Test Community License", aliases: ["test-community", "TCL"] });
    expect(license.versions).toHaveLength(1);
    expect(license.versions[0]).toMatchObject({
      id: licenseVersionId,
      revision: 1,
      passThroughRestrictions: true,
      obligations: ["Credit the creator"],
      createdById: admin.user.id,
    });
    expect(license.versions[0]!.terms.map((term) => term.use).sort()).toEqual([...INTENDED_USES].sort());
    expect(license.versions[0]!.terms.find((term) => term.use === "COMMERCIAL_OUTPUTS")).toMatchObject({
      status: "CONDITIONAL",
      condition: "revenue under USD 1M",
    });

    const events = await prisma.auditEvent.findMany({
      where: { OR: [{ subjectId: { in: [licenseId, licenseVersionId] } }, { relatedIds: { has: licenseVersionId } }] },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => [event.action, event.subjectType, event.subjectId, event.actorId, event.relatedIds])).toEqual([
      ["license.created", "License", licenseId, admin.user.id, [licenseVersionId]],
    ]);
    expect(events[0]!.after).toMatchObject({
      key,
      firstRevision: { licenseVersionId, revision: 1, passThroughRestrictions: true, obligations: ["Credit the creator"] },
    });
  });

  it("refuses a key in use, and a Conditional term without its condition", async () => {
    const existing = await newLicense(admin, {});
    await expect(
      createLicense(admin.actor, createLicenseSchema.parse({ key: existing.key, name: "Again", revision: revisionForm({}) })),
    ).rejects.toBeInstanceOf(ConflictError);
    const missingCondition = createLicenseSchema.safeParse({
      key: "LicenseRef-x",
      name: "X",
      revision: revisionForm({ RESEARCH: { status: "CONDITIONAL", condition: "" } }),
    });
    expect(missingCondition.success).toBe(false);
    expect(missingCondition.error?.issues[0]?.path).toEqual(["revision", "terms", "RESEARCH", "condition"]);
  });
});

describe("createLicenseRevision", () => {
  it("creates the next revision, keeps the old one with its terms, and the catalog reads the new one", async () => {
    const license = await newLicense(admin, { COMMERCIAL_OUTPUTS: "ALLOWED" });
    const { versionId } = await newVersion(admin, { architectureKey, licenseIds: [license.licenseId] });
    expect(effectiveOf(await summaryOf(versionId)).COMMERCIAL_OUTPUTS).toBe("ALLOWED");

    const result = await createLicenseRevision(
      admin.actor,
      createLicenseRevisionSchema.parse({
        licenseId: license.licenseId,
        expectedRevision: "1",
        label: "v2",
        ...revisionForm({ COMMERCIAL_OUTPUTS: { status: "FORBIDDEN", condition: "no longer allowed" } }),
      }),
    );
    expect(result.revision).toBe(2);

    const versions = await prisma.licenseVersion.findMany({ where: { licenseId: license.licenseId }, include: { terms: true }, orderBy: { revision: "asc" } });
    expect(versions.map((version) => version.revision)).toEqual([1, 2]);
    expect(versions[0]!.id).toBe(license.licenseVersionId);
    expect(versions[0]!.terms.find((term) => term.use === "COMMERCIAL_OUTPUTS")?.status).toBe("ALLOWED");
    expect(versions[1]!.terms.find((term) => term.use === "COMMERCIAL_OUTPUTS")).toMatchObject({ status: "FORBIDDEN", condition: "no longer allowed" });
    expect(effectiveOf(await summaryOf(versionId)).COMMERCIAL_OUTPUTS).toBe("FORBIDDEN");

    expect(await prisma.auditEvent.findFirstOrThrow({ where: { subjectType: "LicenseVersion", subjectId: result.licenseVersionId } })).toMatchObject({
      action: "license.version_created",
      actorId: admin.user.id,
      before: { licenseVersionId: license.licenseVersionId, revision: 1 },
      after: { licenseId: license.licenseId, revision: 2, label: "v2", terms: { COMMERCIAL_OUTPUTS: { status: "FORBIDDEN", condition: "no longer allowed" } } },
    });
  });

  it("refuses a revision based on a superseded one", async () => {
    const license = await newLicense(admin, {});
    const input = createLicenseRevisionSchema.parse({ licenseId: license.licenseId, expectedRevision: "1", ...revisionForm({}) });
    await createLicenseRevision(admin.actor, input);
    await expect(createLicenseRevision(admin.actor, input)).rejects.toBeInstanceOf(ConflictError);
    expect(await prisma.licenseVersion.count({ where: { licenseId: license.licenseId } })).toBe(2);
  });
});

describe("updateLicense", () => {
  it("changes the name and aliases only, audited, and the declaring versions show the new name", async () => {
    const license = await newLicense(admin, {}, "Before Rename");
    const { versionId } = await newVersion(admin, { architectureKey, licenseIds: [license.licenseId] });
    const { updatedAt } = await prisma.license.findUniqueOrThrow({ where: { id: license.licenseId } });
    await updateLicense(
      admin.actor,
      updateLicenseSchema.parse({ id: license.licenseId, name: "After Rename", aliases: "ar", expectedUpdatedAt: updatedAt.toISOString() }),
    );
    expect(await prisma.license.findUniqueOrThrow({ where: { id: license.licenseId } })).toMatchObject({ name: "After Rename", aliases: ["ar"] });
    expect(await prisma.licenseVersion.count({ where: { licenseId: license.licenseId } })).toBe(1);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { subjectId: license.licenseId, action: "license.updated" } })).toMatchObject({
      before: { name: "Before Rename", aliases: [] },
      after: { name: "After Rename", aliases: ["ar"] },
    });
    expect((await summaryOf(versionId)).ownLicenses).toEqual([{ key: license.key, name: "After Rename" }]);
    await expect(
      updateLicense(admin.actor, updateLicenseSchema.parse({ id: license.licenseId, name: "Stale", expectedUpdatedAt: updatedAt.toISOString() })),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

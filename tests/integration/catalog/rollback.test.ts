import { beforeAll, describe, expect, it, vi } from "vitest";
import { createLicenseRevisionSchema } from "@/lib/schemas/catalog";
import { addLineageEdge } from "@/lib/server/catalog/add-lineage-edge";
import { prisma } from "@/lib/server/db/prisma";
import { createLicenseRevision } from "@/lib/server/licenses/create-license-revision";
import { createPerson, type Person } from "../auth/support/people";
import { approve, createArchitecture, effectiveOf, newLicense, newVersion, revisionForm, summaryOf } from "./support";

// A catalog change, its audit event, its re-review flags and its browse summaries commit together
// or not at all: when any of the later writes fails, the change is rolled back.
const failure = vi.hoisted(() => ({ on: null as string | null }));
vi.mock("@/lib/server/audit/record-audit-event", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/audit/record-audit-event")>();
  return {
    ...original,
    recordAuditEvent: async (...args: Parameters<typeof original.recordAuditEvent>) => {
      if (failure.on === args[1].action) throw new Error(`audit store unavailable (${args[1].action})`);
      return original.recordAuditEvent(...args);
    },
  };
});

let admin: Person;
let architectureKey: string;

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  architectureKey = await createArchitecture();
});

async function failing<T>(action: string, run: () => Promise<T>): Promise<void> {
  failure.on = action;
  try {
    await expect(run()).rejects.toThrow(/audit store unavailable/);
  } finally {
    failure.on = null;
  }
}

describe("a failure halfway rolls the whole change back", () => {
  it("a license revision whose audit event (written after the flags) fails: no revision, approval still active, summary unchanged", async () => {
    const license = await newLicense(admin, { RESEARCH: "ALLOWED" });
    const { versionId } = await newVersion(admin, { architectureKey, licenseIds: [license.licenseId] });
    const { approvalId } = await approve(versionId, ["RESEARCH"], { grantedById: admin.user.id });
    const events = await prisma.auditEvent.count();

    await failing("license.version_created", () =>
      createLicenseRevision(
        admin.actor,
        createLicenseRevisionSchema.parse({ licenseId: license.licenseId, expectedRevision: "1", ...revisionForm({ RESEARCH: "FORBIDDEN" }) }),
      ),
    );
    expect(await prisma.licenseVersion.count({ where: { licenseId: license.licenseId } })).toBe(1);
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: approvalId } })).status).toBe("ACTIVE");
    expect(effectiveOf(await summaryOf(versionId)).RESEARCH).toBe("ALLOWED");
    expect(await prisma.auditEvent.count()).toBe(events);
  });

  it("a lineage edge whose audit event fails: no edge, the child's terms unchanged", async () => {
    const forbidding = await newLicense(admin, { RESEARCH: { status: "FORBIDDEN", condition: "none" } });
    const parent = await newVersion(admin, { architectureKey, licenseIds: [forbidding.licenseId] });
    const own = await newLicense(admin, { RESEARCH: "ALLOWED" });
    const child = await newVersion(admin, { architectureKey, licenseIds: [own.licenseId] });

    await failing("lineage.edge_added", () =>
      addLineageEdge(admin.actor, { childId: child.versionId, parentId: parent.versionId, relation: "FINETUNE", weight: null }),
    );
    expect(await prisma.lineageEdge.count({ where: { childId: child.versionId } })).toBe(0);
    expect(effectiveOf(await summaryOf(child.versionId)).RESEARCH).toBe("ALLOWED");
  });
});

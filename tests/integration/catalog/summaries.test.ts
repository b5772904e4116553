import { beforeAll, describe, expect, it } from "vitest";
import { EMPTY_BROWSE_QUERY } from "@/lib/catalog/browse-query";
import { INTENDED_USES } from "@/lib/licensing/vocabulary";
import { browseCatalog } from "@/lib/server/catalog/browse";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { lookupBySha256 } from "@/lib/server/catalog/lookup";
import { prisma } from "@/lib/server/db/prisma";
import { getEffectiveTerms } from "@/lib/server/licensing/effective-terms";
import { createPerson, type Person } from "../auth/support/people";
import { approve, createArchitecture, effectiveOf, newLicense, newVersion, passTime, summaryOf, token } from "./support";

const HOUR = 60 * 60 * 1000;

let admin: Person;
let architectureKey: string;

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  architectureKey = await createArchitecture();
});

describe("syncVersionSummaries", () => {
  it("stores exactly the engine's effective terms and violations for every version of a lineage", async () => {
    const nonCommercial = await newLicense(admin, {
      COMMERCIAL_OUTPUTS: { status: "FORBIDDEN", condition: "nc" },
      RESEARCH: "ALLOWED",
      INTERNAL_EXPLORATION: "ALLOWED",
    });
    const rail = await newLicense(admin, { DERIVATIVES: { status: "CONDITIONAL", condition: "pass on" }, INTERNAL_EXPLORATION: "ALLOWED" }, "RAIL-ish");
    const a = await newVersion(admin, { architectureKey, licenseIds: [nonCommercial.licenseId] });
    const b = await newVersion(admin, {
      architectureKey,
      licenseIds: [rail.licenseId],
      creatorTerms: { allowCommercialUse: ["IMAGE", "RENT_CIVIT"], allowNoCredit: "no", allowDerivatives: "no" },
    });
    const c = await newVersion(admin, {
      architectureKey,
      parents: [{ id: a.versionId }],
      creatorTerms: { allowCommercialUse: ["IMAGE", "RENT", "SELL"], allowDerivatives: "yes", allowNoCredit: "yes" },
    });
    const merge = await newVersion(admin, {
      architectureKey,
      kind: "MERGE",
      licenseIds: [rail.licenseId],
      parents: [
        { id: b.versionId, relation: "MERGE", weight: "0.5" },
        { id: c.versionId, relation: "MERGE", weight: "0.5" },
      ],
    });
    for (const { versionId } of [a, b, c, merge]) {
      const terms = (await getEffectiveTerms(prisma, versionId))!;
      const summary = await summaryOf(versionId);
      expect(effectiveOf(summary), versionId).toEqual(Object.fromEntries(INTENDED_USES.map((use) => [use, terms.uses[use].status])));
      expect(summary.violationCount).toBe(terms.violations.filter((violation) => violation.severity === "error").length);
    }
    // The merge of a no-derivatives version is a lineage violation, and the creator of C cannot lift A's FORBIDDEN.
    expect((await summaryOf(merge.versionId)).violationCount).toBeGreaterThan(0);
    expect(effectiveOf(await summaryOf(c.versionId)).COMMERCIAL_OUTPUTS).toBe("FORBIDDEN");
    expect((await summaryOf(merge.versionId)).licenseKeys).toEqual([nonCommercial.key, rail.key].sort());
  });

  it("is idempotent and rebuilds a missing summary", async () => {
    const { versionId } = await newVersion(admin, { architectureKey });
    const before = await summaryOf(versionId);
    await prisma.versionSummary.delete({ where: { versionId } });
    const result = await prisma.$transaction((tx) => syncVersionSummaries(tx, [versionId, versionId]));
    expect(result.synced).toBe(1);
    const { syncedAt: _rebuiltAt, ...rebuilt } = await summaryOf(versionId);
    const { syncedAt: _firstAt, ...first } = before;
    expect(rebuilt).toEqual(first);
  });
});

describe("approval states are read against the clock, not trusted from a stored status", () => {
  it("an approval past its review-by date reads as EXPIRED everywhere, with no job run", async () => {
    const family = token();
    const license = await newLicense(admin, { COMMERCIAL_OUTPUTS: "ALLOWED" });
    const sha256 = `${family}`.padEnd(64, "e");
    const { versionId } = await newVersion(admin, { architectureKey, name: `Lapsing ${family}`, licenseIds: [license.licenseId], sha256 });
    const { approvalId } = await approve(versionId, ["COMMERCIAL_OUTPUTS"], { grantedById: admin.user.id, reviewBy: new Date(Date.now() + HOUR) });

    const live = await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family });
    expect(live.rows.map((row) => [row.name, row.status, row.uses])).toEqual([[`Lapsing ${family}`, "APPROVED", { COMMERCIAL_OUTPUTS: "APPROVED" }]]);
    expect((await lookupBySha256(prisma, { sha256 })).map((match) => match.approvedUses)).toEqual([["COMMERCIAL_OUTPUTS"]]);

    await passTime(versionId, 2 * HOUR);
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: approvalId } })).status).toBe("ACTIVE");
    const lapsed = await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family });
    expect(lapsed.rows.map((row) => [row.status, row.uses])).toEqual([["EXPIRED", { COMMERCIAL_OUTPUTS: "EXPIRED" }]]);
    expect((await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family, approved: ["COMMERCIAL_OUTPUTS"] })).rows).toEqual([]);
    expect((await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family, status: ["APPROVED"] })).rows).toEqual([]);
    expect((await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family, status: ["EXPIRED"] })).rows.map((row) => row.name)).toEqual([`Lapsing ${family}`]);
    expect((await lookupBySha256(prisma, { sha256, use: "COMMERCIAL_OUTPUTS" }))[0]?.approvedUses).toEqual([]);
  });

  it("an approval whose waiver has expired reads as EXPIRED, with no job run", async () => {
    const family = token();
    const { versionId } = await newVersion(admin, { architectureKey, name: `Waived ${family}` });
    // No license: INTERNAL_EXPLORATION is UNKNOWN and needs a waiver.
    await approve(versionId, ["INTERNAL_EXPLORATION"], { grantedById: admin.user.id, waiverExpiresAt: new Date(Date.now() + HOUR) });
    expect((await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family })).rows[0]?.uses).toEqual({ INTERNAL_EXPLORATION: "APPROVED_WITH_WAIVER" });
    await passTime(versionId, 2 * HOUR);
    const row = (await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family })).rows[0];
    expect([row?.status, row?.uses]).toEqual(["EXPIRED", { INTERNAL_EXPLORATION: "EXPIRED" }]);
  });
});

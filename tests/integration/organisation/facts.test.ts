import { beforeAll, describe, expect, it } from "vitest";
import { EMPTY_BROWSE_QUERY } from "@/lib/catalog/browse-query";
import { recordOrganisationFactSchema, withdrawOrganisationFactSchema } from "@/lib/schemas/organisation";
import { createLicenseSchema } from "@/lib/schemas/catalog";
import { browseCatalog } from "@/lib/server/catalog/browse";
import { prisma } from "@/lib/server/db/prisma";
import { ForbiddenError } from "@/lib/server/errors";
import { createLicense } from "@/lib/server/licenses/create-license";
import { getEffectiveTerms } from "@/lib/server/licensing/effective-terms";
import { recordOrganisationFact } from "@/lib/server/organisation/record-fact";
import { expireDueOrganisationFacts } from "@/lib/server/organisation/expire-facts";
import { withdrawOrganisationFact } from "@/lib/server/organisation/withdraw-fact";
import { createPerson, type Person } from "../auth/support/people";
import { approve, createArchitecture, newVersion, revisionForm, token } from "../catalog/support";

// A condition a team settles once: the Stability AI Community License's revenue threshold, keyed
// on its commercial-outputs term. Recording the fact makes the version usable without a waiver
// (browse reads the facts when it filters); an approval granted then relies on the fact; withdrawing
// it re-opens the condition and flags that approval, in one audited transaction.

const KEY = "stability-community-revenue";
const inAYear = () => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

let admin: Person;
let legal: Person;
let member: Person;
let family: string;
let versionId: string;

beforeAll(async () => {
  [admin, legal, member] = await Promise.all([
    createPerson(prisma, { roles: ["ADMIN"] }),
    createPerson(prisma, { roles: ["LEGAL_REVIEWER"] }),
    createPerson(prisma, {}),
  ]);
  const architectureKey = await createArchitecture();
  const revision = revisionForm({ RESEARCH: "ALLOWED" });
  const input = createLicenseSchema.parse({
    key: `LicenseRef-it-community-${token()}`,
    name: `Community ${token()}`,
    revision: {
      ...revision,
      terms: {
        ...revision.terms,
        COMMERCIAL_OUTPUTS: { status: "CONDITIONAL", condition: "revenue under USD 1M, registered", basis: "Community License", conditionKeys: KEY },
      },
    },
  });
  const license = await createLicense(admin.actor, input);
  family = `Facts ${token()}`;
  ({ versionId } = await newVersion(admin, { architectureKey, name: family, licenseIds: [license.licenseId] }));
});

const usable = () => browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family, usable: "COMMERCIAL_OUTPUTS" });

describe("organisation facts", () => {
  it("refuses anyone but a legal reviewer or an admin, writing nothing", async () => {
    const before = await prisma.organisationFact.count();
    const input = recordOrganisationFactSchema.parse({ conditionKey: KEY, met: "true", evidenceReference: "REG-1", reviewBy: inAYear() });
    await expect(recordOrganisationFact(member.actor, input)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await prisma.organisationFact.count()).toBe(before);
  });

  it("refuses a key outside the vocabulary, a review-by date in the past and a missing evidence reference", () => {
    const parsed = recordOrganisationFactSchema.safeParse({ conditionKey: "we-are-small", met: "true", evidenceReference: "", reviewBy: "2000-01-01" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["conditionKey", "evidenceReference", "reviewBy"]);
  });

  it("a met fact makes the keyed condition met (with fact and recorder) and the version usable without a waiver; withdrawing flags the approval that relied on it", async () => {
    // Whatever an earlier run left: start from an open condition.
    const current = await prisma.organisationFact.findFirst({ where: { conditionKey: KEY }, orderBy: [{ recordedAt: "desc" }, { id: "desc" }] });
    if (current && !current.withdrawnAt) await withdrawOrganisationFact(legal.actor, { factId: current.id, reason: "test setup" });

    expect((await usable()).rows).toEqual([]);
    expect((await getEffectiveTerms(prisma, versionId))!.uses.COMMERCIAL_OUTPUTS).toMatchObject({
      status: "CONDITIONAL",
      usableWithoutWaiver: false,
      keyedConditions: [{ key: KEY, met: false, fact: null }],
    });

    const { factId } = await recordOrganisationFact(
      legal.actor,
      recordOrganisationFactSchema.parse({ conditionKey: KEY, met: "true", evidenceReference: "Stability registration 42", reviewBy: inAYear() }),
    );
    const terms = (await getEffectiveTerms(prisma, versionId))!;
    expect(terms.uses.COMMERCIAL_OUTPUTS).toMatchObject({
      status: "CONDITIONAL",
      usableWithoutWaiver: true,
      keyedConditions: [
        { key: KEY, met: true, fact: { id: factId, evidenceReference: "Stability registration 42", recordedBy: expect.stringContaining(legal.user.email) } },
      ],
    });
    expect((await usable()).rows.map((row) => row.id)).toEqual([versionId]);
    const recorded = await prisma.auditEvent.findMany({ where: { subjectId: factId } });
    expect(recorded.map((event) => [event.action, event.actorId])).toEqual([["organisation.fact_recorded", legal.user.id]]);

    const { approvalId } = await approve(versionId, ["COMMERCIAL_OUTPUTS"], { grantedById: legal.user.id });
    const snapshot = (await prisma.approval.findUniqueOrThrow({ where: { id: approvalId } })).effectiveTerms as { organisationFactIds: string[] };
    expect(snapshot.organisationFactIds).toEqual([factId]);

    const outcome = await withdrawOrganisationFact(legal.actor, withdrawOrganisationFactSchema.parse({ factId, reason: "Revenue passed USD 1M this year." }));
    expect(outcome.flaggedApprovals).toBe(1);
    const approval = await prisma.approval.findUniqueOrThrow({ where: { id: approvalId } });
    expect(approval.status).toBe("NEEDS_REVIEW");
    expect(approval.needsReviewReason).toContain("Revenue passed USD 1M this year.");
    expect((await usable()).rows).toEqual([]);
    const withdrawn = await prisma.auditEvent.findMany({ where: { subjectId: factId }, orderBy: { id: "asc" } });
    expect(withdrawn.map((event) => event.action)).toEqual(["organisation.fact_recorded", "organisation.fact_withdrawn"]);
    expect(withdrawn[1]!.relatedIds).toContain(approvalId);
  });

  it("an expired fact re-opens the condition when read, and the expiry job flags the approvals that relied on it, once", async () => {
    const { factId } = await recordOrganisationFact(
      legal.actor,
      recordOrganisationFactSchema.parse({ conditionKey: KEY, met: "true", evidenceReference: "registration renewed", reviewBy: inAYear() }),
    );
    const { approvalId } = await approve(versionId, ["COMMERCIAL_OUTPUTS"], { grantedById: legal.user.id, teamId: null });
    // A year later, nobody has reviewed it: the review-by date has passed.
    const later = new Date(Date.now() + 366 * 86_400_000);
    await prisma.organisationFact.update({ where: { id: factId }, data: { reviewBy: new Date(Date.now() - 1000) } });
    expect((await getEffectiveTerms(prisma, versionId))!.uses.COMMERCIAL_OUTPUTS.usableWithoutWaiver).toBe(false);
    expect((await usable()).rows).toEqual([]);

    const outcomes = await expireDueOrganisationFacts(prisma, later);
    expect(outcomes.find((outcome) => outcome.factId === factId)).toMatchObject({ conditionKey: KEY, flaggedApprovals: 1 });
    expect((await prisma.approval.findUniqueOrThrow({ where: { id: approvalId } })).status).toBe("NEEDS_REVIEW");
    const events = await prisma.auditEvent.findMany({ where: { subjectId: factId, action: "organisation.fact_expired" } });
    expect(events).toHaveLength(1);
    expect(await expireDueOrganisationFacts(prisma, later)).toEqual([]);
  });
});

import "server-only";
import type { PrismaClient, TransactionClient } from "@/lib/server/db/client";
import type { OrganisationFactInput } from "@/lib/licensing/organisation-conditions";

type Db = PrismaClient | TransactionClient;

/**
 * The organisation facts that hold at `now`: per condition key the latest recorded fact, when it is
 * not withdrawn and its review-by date lies ahead. A withdrawn or expired latest fact leaves the
 * condition open (an older fact does not come back).
 */
export async function loadCurrentOrganisationFacts(db: Db, now: Date = new Date()): Promise<OrganisationFactInput[]> {
  const rows = await db.organisationFact.findMany({
    distinct: ["conditionKey"],
    orderBy: [{ conditionKey: "asc" }, { recordedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      conditionKey: true,
      met: true,
      evidenceReference: true,
      recordedAt: true,
      reviewBy: true,
      withdrawnAt: true,
      recordedBy: { select: { name: true, email: true } },
    },
  });
  return rows
    .filter((row) => row.withdrawnAt === null && row.reviewBy.getTime() > now.getTime())
    .map((row) => ({
      id: row.id,
      conditionKey: row.conditionKey,
      met: row.met,
      evidenceReference: row.evidenceReference,
      recordedBy: row.recordedBy.name ? `${row.recordedBy.name} (${row.recordedBy.email})` : row.recordedBy.email,
      recordedAt: row.recordedAt.toISOString(),
      reviewBy: row.reviewBy.toISOString(),
    }));
}

/** Keys of the conditions a current fact says are met. */
export async function loadMetConditionKeys(db: Db, now: Date = new Date()): Promise<Set<string>> {
  const facts = await loadCurrentOrganisationFacts(db, now);
  return new Set(facts.filter((fact) => fact.met).map((fact) => fact.conditionKey));
}

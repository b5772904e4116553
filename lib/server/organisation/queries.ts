import "server-only";
import { canRecordOrganisationFacts, type Actor } from "@/lib/policy/capabilities";
import { factHolds, ORGANISATION_CONDITION_KEYS, ORGANISATION_CONDITIONS, type OrganisationCondition } from "@/lib/licensing/organisation-conditions";
import { INTENDED_USE_LABELS, type IntendedUse } from "@/lib/licensing/vocabulary";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed } from "@/lib/server/errors";

export interface FactRow {
  id: string;
  met: boolean;
  evidenceReference: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  reviewBy: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawnReason: string | null;
  /** "current", "withdrawn", "expired" or "superseded". */
  state: "current" | "withdrawn" | "expired" | "superseded";
}

export interface ConditionOverview extends OrganisationCondition {
  /** The licences whose current revision names the condition, with the uses it conditions. */
  licenses: { name: string; uses: string[] }[];
  current: FactRow | null;
  history: FactRow[];
}

const HISTORY_LIMIT = 10;

/** Every organisation condition with its current fact, the latest facts before it, and where licences use it. */
export async function listOrganisationConditions(actor: Actor | null, now = new Date()): Promise<ConditionOverview[]> {
  assertAllowed(canRecordOrganisationFacts(actor));
  const facts = await prisma.organisationFact.findMany({
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    take: ORGANISATION_CONDITION_KEYS.length * HISTORY_LIMIT * 4,
    select: {
      id: true,
      conditionKey: true,
      met: true,
      evidenceReference: true,
      note: true,
      recordedAt: true,
      reviewBy: true,
      withdrawnAt: true,
      withdrawnReason: true,
      recordedBy: { select: { name: true, email: true } },
      withdrawnBy: { select: { name: true, email: true } },
    },
  });
  const terms = await prisma.licenseTerm.findMany({
    where: { conditionKeys: { isEmpty: false } },
    select: {
      use: true,
      conditionKeys: true,
      licenseVersion: {
        select: {
          revision: true,
          license: { select: { id: true, name: true, versions: { orderBy: { revision: "desc" }, take: 1, select: { revision: true } } } },
        },
      },
    },
  });
  const person = (who: { name: string | null; email: string } | null) => (who ? (who.name ? `${who.name} (${who.email})` : who.email) : null);

  return ORGANISATION_CONDITION_KEYS.map((key) => {
    const rows = facts.filter((fact) => fact.conditionKey === key);
    const history: FactRow[] = rows.slice(0, HISTORY_LIMIT).map((fact, index) => ({
      id: fact.id,
      met: fact.met,
      evidenceReference: fact.evidenceReference,
      note: fact.note,
      recordedBy: person(fact.recordedBy)!,
      recordedAt: fact.recordedAt.toISOString(),
      reviewBy: fact.reviewBy.toISOString(),
      withdrawnAt: fact.withdrawnAt?.toISOString() ?? null,
      withdrawnBy: person(fact.withdrawnBy),
      withdrawnReason: fact.withdrawnReason,
      state: index > 0 ? "superseded" : fact.withdrawnAt ? "withdrawn" : factHolds(fact, now) ? "current" : "expired",
    }));
    const uses = new Map<string, Set<string>>();
    for (const term of terms) {
      const current = term.licenseVersion.license.versions[0]?.revision;
      if (term.licenseVersion.revision !== current || !term.conditionKeys.includes(key)) continue;
      const name = term.licenseVersion.license.name;
      if (!uses.has(name)) uses.set(name, new Set());
      uses.get(name)!.add(INTENDED_USE_LABELS[term.use as IntendedUse]);
    }
    return {
      ...ORGANISATION_CONDITIONS[key],
      licenses: [...uses.entries()].map(([name, labels]) => ({ name, uses: [...labels] })).sort((a, b) => a.name.localeCompare(b.name)),
      current: history[0]?.state === "current" ? history[0] : null,
      history,
    };
  });
}

/** A year from today, as the date input's value: the form's suggested review-by date. */
export function defaultFactReviewBy(now = new Date()): string {
  return new Date(now.getTime() + 365 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

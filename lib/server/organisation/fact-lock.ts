import "server-only";
import type { TransactionClient } from "@/lib/server/db/client";

// Changes to organisation facts take this transaction-scoped lock ("ORGF"), so the current fact of
// a condition is read and replaced by one transaction at a time.
export const ORGANISATION_FACT_LOCK_KEY = 0x4f524746;

/**
 * Every fact ever recorded for a condition: an approval relied on whichever of them was current
 * when it was granted, so all of them count when the condition re-opens.
 */
export async function factIdsOfCondition(tx: TransactionClient, conditionKey: string): Promise<string[]> {
  const rows = await tx.organisationFact.findMany({ where: { conditionKey }, select: { id: true } });
  return rows.map((row) => row.id);
}

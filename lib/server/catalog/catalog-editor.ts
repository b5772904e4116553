import "server-only";
import { canManageCatalog, type Actor } from "@/lib/policy/capabilities";
import { auditActorOf, type AuditActor } from "@/lib/server/audit/record-audit-event";
import { assertAllowed } from "@/lib/server/errors";

/** The policy's answer first: a refusal throws before anything is read or written. Returns the editor as the audit trail names them. */
export function authorizeCatalogEdit(actor: Actor): AuditActor {
  assertAllowed(canManageCatalog(actor));
  return auditActorOf(actor);
}

// Lineage edits take this transaction-scoped lock, so two edits that would each be acyclic alone
// (A -> B and B -> A) cannot both pass the cycle check. ASCII "LINE".
export const LINEAGE_LOCK_KEY = 0x4c494e45;

/** Only the keys whose values differ, for compact before/after audit records. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const changed: { before: Partial<T>; after: Partial<T> } = { before: {}, after: {} };
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (comparable(before[key]) !== comparable(after[key])) {
      changed.before[key] = before[key];
      changed.after[key] = after[key];
    }
  }
  return changed;
}

function comparable(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner)) ?? "null";
}

import { createHash } from "node:crypto";

/**
 * The audit trail's tamper evidence: every event stores the hash of the previous event and its
 * own hash over a canonical serialisation of its fields. Changing, inserting or removing a row
 * breaks the chain at that row.
 */

export const GENESIS_HASH = "0".repeat(64);

export interface ChainedAuditFields {
  id: bigint;
  createdAt: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  subjectType: string;
  subjectId: string;
  teamId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  /** Absent or empty on events written before the column existed; see computeAuditHash. */
  relatedIds?: readonly string[] | null;
  prevHash: string;
}

/** JSON with object keys sorted at every depth, after the same normalisation jsonb applies. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(toJsonValue(value)));
}

/** What a value looks like after a round trip through jsonb: dates as ISO strings, bigints as strings. */
export function toJsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_key, inner: unknown) => (typeof inner === "bigint" ? inner.toString() : inner)) ?? "null");
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function computeAuditHash(event: ChainedAuditFields): string {
  // relatedIds joins the hashed fields only when it has entries, so events chained before the
  // column existed keep the hash they were written with.
  const related = event.relatedIds && event.relatedIds.length > 0 ? { relatedIds: [...event.relatedIds] } : {};
  const canonical = canonicalJson({
    ...related,
    id: event.id.toString(),
    createdAt: event.createdAt.toISOString(),
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    teamId: event.teamId,
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: event.requestId,
    prevHash: event.prevHash,
  });
  return createHash("sha256").update(canonical).digest("hex");
}

export type ChainVerdict = { ok: true; checked: number; lastHash: string } | { ok: false; checked: number; brokenAt: bigint; reason: string };

/** Walks events in id order and reports the first one whose link or hash does not hold. */
export async function verifyAuditChain(events: AsyncIterable<ChainedAuditFields & { hash: string }>): Promise<ChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let checked = 0;
  for await (const event of events) {
    if (event.prevHash !== expectedPrev) {
      return {
        ok: false,
        checked,
        brokenAt: event.id,
        reason: "its previous-hash does not match the event before it (a row was removed, inserted or changed)",
      };
    }
    if (computeAuditHash(event) !== event.hash) {
      return { ok: false, checked, brokenAt: event.id, reason: "its contents do not match its hash (the row was changed)" };
    }
    expectedPrev = event.hash;
    checked += 1;
  }
  return { ok: true, checked, lastHash: expectedPrev };
}

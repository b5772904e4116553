import { describe, expect, it } from "vitest";
import { computeAuditHash, GENESIS_HASH, verifyAuditChain, type ChainedAuditFields } from "@/lib/audit/hash-chain";

function event(overrides: Partial<ChainedAuditFields> = {}): ChainedAuditFields {
  return {
    id: 1n,
    createdAt: new Date("2026-11-26T10:00:00.000Z"),
    actorId: "11111111-1111-4111-8111-111111111111",
    actorLabel: "legal@example.com",
    action: "approval.granted",
    subjectType: "Approval",
    subjectId: "approval-1",
    teamId: null,
    before: null,
    after: { uses: ["RESEARCH"] },
    requestId: null,
    prevHash: GENESIS_HASH,
    ...overrides,
  };
}

async function* chainOf(events: (ChainedAuditFields & { hash: string })[]) {
  yield* events;
}

function chained(fields: ChainedAuditFields[]): (ChainedAuditFields & { hash: string })[] {
  const out: (ChainedAuditFields & { hash: string })[] = [];
  for (const field of fields) {
    const withPrev = { ...field, prevHash: out.at(-1)?.hash ?? GENESIS_HASH };
    out.push({ ...withPrev, hash: computeAuditHash(withPrev) });
  }
  return out;
}

describe("computeAuditHash and relatedIds", () => {
  it("hashes an event without related ids exactly as events written before the column existed", () => {
    const legacy = computeAuditHash(event());
    expect(computeAuditHash(event({ relatedIds: [] }))).toBe(legacy);
    expect(computeAuditHash(event({ relatedIds: null }))).toBe(legacy);
  });

  it("covers related ids once there are any: adding, removing or changing one changes the hash", () => {
    const withRelated = computeAuditHash(event({ relatedIds: ["request-1"] }));
    expect(withRelated).not.toBe(computeAuditHash(event()));
    expect(computeAuditHash(event({ relatedIds: ["request-2"] }))).not.toBe(withRelated);
    expect(computeAuditHash(event({ relatedIds: ["request-1", "approval-2"] }))).not.toBe(withRelated);
  });
});

describe("verifyAuditChain", () => {
  it("accepts a chain that mixes events with and without related ids", async () => {
    const events = chained([event(), event({ id: 2n, relatedIds: ["request-1"] }), event({ id: 3n })]);
    await expect(verifyAuditChain(chainOf(events))).resolves.toMatchObject({ ok: true, checked: 3 });
  });

  it("finds an event whose related ids were changed after it was written", async () => {
    const events = chained([event(), event({ id: 2n, relatedIds: ["request-1"] }), event({ id: 3n })]);
    events[1] = { ...events[1]!, relatedIds: [] };
    await expect(verifyAuditChain(chainOf(events))).resolves.toMatchObject({ ok: false, brokenAt: 2n, checked: 1 });
  });

  it("finds a removed event by the broken link of the next one", async () => {
    const events = chained([event(), event({ id: 2n }), event({ id: 3n })]);
    await expect(verifyAuditChain(chainOf([events[0]!, events[2]!]))).resolves.toMatchObject({ ok: false, brokenAt: 3n });
  });
});

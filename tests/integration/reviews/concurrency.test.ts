import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/hash-chain";
import { createPrismaClient, type PrismaClient } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { signOff } from "@/lib/server/reviews/sign-off";
import { withdrawReviewRequest } from "@/lib/server/reviews/withdraw-review-request";
import { approve, auditActions, createWorld, decide, inAYear, submitRequest, type World } from "./world";

// Two app instances over one database: each has its own Prisma client and connection pool, and
// the competing sign-offs are fired at the same instant. Whatever the interleaving, exactly one
// wins, the loser gets a CONFLICT and writes nothing, and the rows tell one consistent story.

let instanceA: PrismaClient;
let instanceB: PrismaClient;
let world: World;

beforeAll(async () => {
  const url = inject("databaseUrl");
  instanceA = createPrismaClient(url, { maxConnections: 4 });
  instanceB = createPrismaClient(url, { maxConnections: 4 });
  world = await createWorld(instanceA);
});

afterAll(async () => {
  await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
});

const ROUNDS = 5;

type Settled = PromiseSettledResult<unknown>;

function split(results: Settled[]): { won: number; conflicts: number } {
  let won = 0;
  let conflicts = 0;
  for (const result of results) {
    if (result.status === "fulfilled") won += 1;
    else if (result.reason instanceof AppError && result.reason.code === "CONFLICT") conflicts += 1;
    else throw result.reason;
  }
  return { won, conflicts };
}

async function rows(requestId: string) {
  const request = await instanceA.reviewRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: { status: true, revision: true, signOffs: { select: { capacity: true, decision: true, reviewerId: true } } },
  });
  const approvals = await instanceA.approval.findMany({ where: { requestId }, select: { id: true, uses: true, waivers: true } });
  return { ...request, approvals };
}

const legalWaiver = { reason: "LEGAL_OPINION" as const, reference: "LO-9", comment: "Counsel's opinion covers this use.", expiresAt: inAYear() };

describe("competing sign-offs on two app instances", () => {
  it("legal and technical approving at the same instant: one sign-off lands, the other conflicts; a retry completes exactly one approval", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { requestId } = await submitRequest(world, { db: instanceA });
      const results = await Promise.allSettled([
        signOff(world.legal.actor, approve(requestId, 1, "LEGAL"), instanceA),
        signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL"), instanceB),
      ]);
      expect(split(results)).toEqual({ won: 1, conflicts: 1 });
      const after = await rows(requestId);
      expect(after).toMatchObject({ status: "IN_REVIEW", revision: 2, approvals: [] });
      expect(after.signOffs).toHaveLength(1);

      // The loser reloads and signs again: now it is the second approval.
      const loser = after.signOffs[0]!.capacity === "LEGAL" ? "TECHNICAL" : "LEGAL";
      const retry = await signOff(loser === "LEGAL" ? world.legal.actor : world.tech.actor, approve(requestId, 2, loser), instanceB);
      expect(retry.status).toBe("APPROVED");
      const done = await rows(requestId);
      expect(done.status).toBe("APPROVED");
      expect(done.signOffs).toHaveLength(2);
      expect(done.approvals).toHaveLength(1);
    }
  });

  it("two legal reviewers approving the final sign-off at once: one approval, one legal sign-off, one approval.granted", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { requestId, versionId } = await submitRequest(world, { db: instanceA, licenseId: world.licenses.noCommercial, uses: ["COMMERCIAL_OUTPUTS"] });
      await signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL"), instanceA);
      const results = await Promise.allSettled([
        signOff(world.legal.actor, approve(requestId, 2, "LEGAL", { waivers: { COMMERCIAL_OUTPUTS: legalWaiver } }), instanceA),
        signOff(world.legal2.actor, approve(requestId, 2, "LEGAL", { waivers: { COMMERCIAL_OUTPUTS: legalWaiver } }), instanceB),
      ]);
      expect(split(results)).toEqual({ won: 1, conflicts: 1 });
      const after = await rows(requestId);
      expect(after.status).toBe("APPROVED");
      expect(after.signOffs.filter((s) => s.capacity === "LEGAL")).toHaveLength(1);
      expect(after.approvals).toHaveLength(1);
      expect(after.approvals[0]!.waivers).toHaveLength(1);
      expect(await instanceA.approval.count({ where: { versionId } })).toBe(1);
      expect(await auditActions(after.approvals[0]!.id, instanceA)).toEqual(["approval.granted"]);
      expect((await auditActions(requestId, instanceA)).filter((action) => action === "approval.granted")).toHaveLength(1);
    }
  });

  it("approve against reject at the same instant: either approved with its approval, or rejected with none — never both", async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const { requestId } = await submitRequest(world, { db: instanceA });
      await signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL"), instanceA);
      const results = await Promise.allSettled([
        signOff(world.legal.actor, approve(requestId, 2, "LEGAL"), instanceA),
        signOff(world.legal2.actor, decide(requestId, 2, "LEGAL", "REJECT", "Not for this team."), instanceB),
      ]);
      expect(split(results)).toEqual({ won: 1, conflicts: 1 });
      const after = await rows(requestId);
      const legal = after.signOffs.filter((s) => s.capacity === "LEGAL");
      expect(legal).toHaveLength(1);
      if (after.status === "APPROVED") {
        expect(legal[0]).toMatchObject({ decision: "APPROVE", reviewerId: world.legal.id });
        expect(after.approvals).toHaveLength(1);
      } else {
        expect(after.status).toBe("REJECTED");
        expect(legal[0]).toMatchObject({ decision: "REJECT", reviewerId: world.legal2.id });
        expect(after.approvals).toHaveLength(0);
      }
      outcomes.add(after.status);
    }
    expect([...outcomes].every((status) => status === "APPROVED" || status === "REJECTED")).toBe(true);
  });

  it("the submitter withdrawing while the final approval lands: one of the two, never an approval of a withdrawn request", async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { requestId } = await submitRequest(world, { db: instanceA });
      await signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL"), instanceA);
      const results = await Promise.allSettled([
        signOff(world.legal.actor, approve(requestId, 2, "LEGAL"), instanceA),
        withdrawReviewRequest(world.member.actor, { requestId, revision: 2 }, instanceB),
      ]);
      expect(split(results)).toEqual({ won: 1, conflicts: 1 });
      const after = await rows(requestId);
      expect(after.status === "APPROVED" ? 1 : 0).toBe(after.approvals.length);
      expect(["APPROVED", "WITHDRAWN"]).toContain(after.status);
    }
  });

  it("the audit chain is intact after every race", async () => {
    const verdict = await verifyAuditChain(allEvents(instanceA));
    expect(verdict).toMatchObject({ ok: true });
  });
});

async function* allEvents(db: PrismaClient) {
  let after = BigInt(0);
  for (;;) {
    const page = await db.auditEvent.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: 500 });
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1]!.id;
  }
}

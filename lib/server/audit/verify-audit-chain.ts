import "server-only";
import type { PrismaClient } from "@/lib/server/db/client";
import { verifyAuditChain, type ChainVerdict, type ChainedAuditFields } from "@/lib/audit/hash-chain";

const PAGE_SIZE = 2_000;

/** Streams the whole chain in id order, a page at a time, so verifying 1M events stays flat in memory. */
async function* auditEventsInOrder(prisma: PrismaClient): AsyncGenerator<ChainedAuditFields & { hash: string }> {
  let after: bigint | null = null;
  for (;;) {
    const page: (ChainedAuditFields & { hash: string })[] = await prisma.auditEvent.findMany({
      where: after === null ? {} : { id: { gt: after } },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        actorId: true,
        actorLabel: true,
        action: true,
        subjectType: true,
        subjectId: true,
        teamId: true,
        before: true,
        after: true,
        requestId: true,
        relatedIds: true,
        prevHash: true,
        hash: true,
      },
    });
    yield* page;
    if (page.length < PAGE_SIZE) return;
    after = page[page.length - 1]!.id;
  }
}

export function verifyStoredAuditChain(prisma: PrismaClient): Promise<ChainVerdict> {
  return verifyAuditChain(auditEventsInOrder(prisma));
}

export function describeVerdict(verdict: ChainVerdict): string {
  return verdict.ok
    ? `Audit chain intact: ${verdict.checked} event${verdict.checked === 1 ? "" : "s"} checked.`
    : `Audit chain BROKEN at event #${verdict.brokenAt}: ${verdict.reason}. ${verdict.checked} event(s) before it are intact.`;
}

/** `npm run audit:verify`: walks the audit hash chain and reports the first broken link (exit 1) or a pass. */
import { createPrismaClient } from "@/lib/server/db/client";
import { describeVerdict, verifyStoredAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { runWithDatabase } from "@/scripts/lib/database";
import { FatalError } from "@/scripts/lib/fatal-error";

await runWithDatabase("audit:verify", async (database) => {
  const prisma = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    const verdict = await verifyStoredAuditChain(prisma);
    if (!verdict.ok) throw new FatalError(describeVerdict(verdict));
    console.log(describeVerdict(verdict));
  } finally {
    await prisma.$disconnect();
  }
});

import "server-only";
import type { AuditChainCheck } from "@/lib/audit/chain-check";
import { canReadAudit, type Actor } from "@/lib/policy/capabilities";
import { describeVerdict, verifyStoredAuditChain } from "@/lib/server/audit/verify-audit-chain";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed } from "@/lib/server/errors";

/** An auditor or admin walks the whole hash chain; read-only. */
export async function checkAuditChain(actor: Actor, db: PrismaClient = prisma): Promise<AuditChainCheck> {
  assertAllowed(canReadAudit(actor));
  const verdict = await verifyStoredAuditChain(db);
  return { intact: verdict.ok, checked: verdict.checked, brokenAt: verdict.ok ? null : verdict.brokenAt.toString(), summary: describeVerdict(verdict) };
}

"use server";

import { canReadAudit } from "@/lib/policy/capabilities";
import { runAction, type ActionResult } from "@/lib/server/action-result";
import { assertDecision, requireActionUser } from "@/lib/server/auth/current-user";
import { prisma } from "@/lib/server/db/prisma";
import { describeVerdict, verifyStoredAuditChain } from "@/lib/server/audit/verify-audit-chain";

export type VerifyResult = { intact: boolean; checked: number; brokenAt: string | null; summary: string };

/** Walks the whole hash chain; read-only. */
export async function verifyAuditChainAction(): Promise<ActionResult<VerifyResult>> {
  return runAction("verifyAuditChainAction", async () => {
    const { actor } = await requireActionUser();
    assertDecision(canReadAudit(actor));
    const verdict = await verifyStoredAuditChain(prisma);
    return {
      intact: verdict.ok,
      checked: verdict.checked,
      brokenAt: verdict.ok ? null : verdict.brokenAt.toString(),
      summary: describeVerdict(verdict),
    };
  });
}

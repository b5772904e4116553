import "server-only";
import { canManageTokens, type Actor } from "@/lib/policy/capabilities";
import type { CreateApiTokenInput } from "@/lib/schemas/tokens";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed } from "@/lib/server/errors";
import { issueApiToken, type IssuedApiToken } from "@/lib/server/tokens/issue-api-token";
import { auditActorOf } from "@/lib/server/audit/record-audit-event";

/** A signed-in user creates a token for themselves, from the settings page. */
export async function createApiToken(actor: Actor, input: CreateApiTokenInput, db: PrismaClient = prisma): Promise<IssuedApiToken> {
  assertAllowed(canManageTokens(actor, actor.id));
  return issueApiToken(db, { ...input, userId: actor.id }, auditActorOf(actor));
}

import "server-only";
import { canManageTokens, type Actor } from "@/lib/policy/capabilities";
import type { CreateApiTokenInput } from "@/lib/schemas/tokens";
import { assertDecision, type CurrentUser } from "@/lib/server/auth/current-user";
import { prisma } from "@/lib/server/db/prisma";
import { issueApiToken, type IssuedApiToken } from "@/lib/server/tokens/issue-api-token";

/** A signed-in user creates a token for themselves, from the settings page. */
export async function createApiToken(actor: Actor | null, user: Pick<CurrentUser, "id" | "email">, input: CreateApiTokenInput): Promise<IssuedApiToken> {
  assertDecision(canManageTokens(actor, user.id));
  return issueApiToken(prisma, { ...input, userId: user.id }, { id: user.id, label: user.email });
}

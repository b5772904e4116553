import "server-only";
import type { Actor } from "@/lib/policy/capabilities";
import { apiError } from "@/lib/server/api/responses";
import { prisma } from "@/lib/server/db/prisma";
import { hashApiToken } from "@/lib/server/tokens/token-secret";

export interface ApiCaller {
  actor: Actor;
  tokenId: string;
  email: string;
}

// lastUsedAt is a hint for people reviewing their tokens; writing it on every request would turn
// each read into a write, so it is refreshed at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Authenticates `Authorization: Bearer <token>`: the token's user with that user's rights, or a 401
 * response. A revoked or expired token, or a deactivated user, gets the same 401.
 */
export async function authenticateApiRequest(request: Request): Promise<ApiCaller | Response> {
  const header = request.headers.get("authorization");
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) return apiError("UNAUTHENTICATED", "Send an API token: Authorization: Bearer <token>.");

  const now = new Date();
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(match[1]!) },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, active: true, roles: true, memberships: { select: { teamId: true } } } },
    },
  });
  if (!token || token.revokedAt || token.expiresAt <= now || !token.user.active) {
    return apiError("UNAUTHENTICATED", "The API token is invalid, expired or revoked.");
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    tokenId: token.id,
    email: token.user.email,
    actor: { id: token.user.id, active: true, roles: token.user.roles, teamIds: token.user.memberships.map((m) => m.teamId) },
  };
}

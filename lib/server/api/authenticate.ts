import "server-only";
import type { Actor, Decision, OrgRole } from "@/lib/policy/capabilities";
import { apiError } from "@/lib/server/api/responses";
import { hotPathRows } from "@/lib/server/db/hot-path-sql";
import { prisma } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/generated/prisma/client";
import { hashApiToken } from "@/lib/server/tokens/token-secret";

interface TokenRow {
  id: string;
  expiresAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  userId: string;
  email: string;
  active: boolean;
  roles: string[];
  teamIds: string[];
}

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
  const [token] = await hotPathRows<TokenRow>(apiTokenQuery(hashApiToken(match[1]!)));
  if (!token || token.revokedAt || token.expiresAt <= now || !token.active) {
    return apiError("UNAUTHENTICATED", "The API token is invalid, expired or revoked.");
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    tokenId: token.id,
    email: token.email,
    actor: { id: token.userId, email: token.email, active: true, roles: token.roles as OrgRole[], teamIds: token.teamIds },
  };
}

/**
 * The token's caller if the policy allows them `capability`: a 401 response without a valid token,
 * a 403 with the policy's reason when it refuses.
 */
export async function authorizeApiRequest(request: Request, capability: (actor: Actor) => Decision): Promise<ApiCaller | Response> {
  const caller = await authenticateApiRequest(request);
  if (caller instanceof Response) return caller;
  const decision = capability(caller.actor);
  return decision.allowed ? caller : apiError("FORBIDDEN", decision.reason);
}

/** One round trip for the token, its user and their teams: every API request pays for this. */
export function apiTokenQuery(tokenHash: string): Prisma.Sql {
  return Prisma.sql`
    SELECT t.id, t."expiresAt", t."revokedAt", t."lastUsedAt",
           u.id AS "userId", u.email, u.active, u.roles::text[] AS roles,
           coalesce((SELECT array_agg(m."teamId"::text) FROM "Membership" m WHERE m."userId" = u.id), ARRAY[]::text[]) AS "teamIds"
    FROM "ApiToken" t JOIN "User" u ON u.id = t."userId"
    WHERE t."tokenHash" = ${tokenHash}`;
}

import "server-only";
import { prisma } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import type { ApiTokenRow, ApiTokenStatus } from "@/lib/tokens/api-token-row";

export type { ApiTokenRow, ApiTokenStatus };

export const apiTokenRowSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} satisfies Prisma.ApiTokenSelect;

export function toApiTokenRow(token: Prisma.ApiTokenGetPayload<{ select: typeof apiTokenRowSelect }>, now = new Date()): ApiTokenRow {
  const status: ApiTokenStatus = token.revokedAt ? "revoked" : token.expiresAt <= now ? "expired" : "active";
  return { ...token, status };
}

/** A user's tokens, newest first: never the token or its hash, only the prefix to recognise it by. */
export async function listApiTokens(userId: string): Promise<ApiTokenRow[]> {
  const tokens = await prisma.apiToken.findMany({ where: { userId }, select: apiTokenRowSelect, orderBy: { createdAt: "desc" } });
  const now = new Date();
  return tokens.map((token) => toApiTokenRow(token, now));
}

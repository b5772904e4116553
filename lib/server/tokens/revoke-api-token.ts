import "server-only";
import { canManageTokens, type Actor } from "@/lib/policy/capabilities";
import type { RevokeApiTokenInput } from "@/lib/schemas/tokens";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, NotFoundError } from "@/lib/server/errors";

/** Revokes a token: the owner's own, or anyone's for an admin. It stops working at once. */
export async function revokeApiToken(actor: Actor, input: RevokeApiTokenInput, db: PrismaClient = prisma): Promise<void> {
  const token = await db.apiToken.findUnique({
    where: { id: input.tokenId },
    select: { id: true, userId: true, name: true, prefix: true, revokedAt: true, user: { select: { email: true } } },
  });
  // The policy decides on the token's owner, so the owner is read first; nothing is written before.
  assertAllowed(canManageTokens(actor, token?.userId ?? actor.id));
  if (!token) throw new NotFoundError("That token does not exist.");
  if (token.revokedAt) throw new ConflictError("This token is already revoked.");

  await db.$transaction(async (tx) => {
    const revokedAt = new Date();
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt } });
    if (count === 0) throw new ConflictError("This token was revoked meanwhile.");
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "token.revoked",
      subjectType: "ApiToken",
      subjectId: token.id,
      before: { owner: token.user.email, name: token.name, prefix: token.prefix, revokedAt: null },
      after: { owner: token.user.email, name: token.name, prefix: token.prefix, revokedAt },
    });
  });
}

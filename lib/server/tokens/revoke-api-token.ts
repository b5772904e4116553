import "server-only";
import { canManageTokens, type Actor } from "@/lib/policy/capabilities";
import type { RevokeApiTokenInput } from "@/lib/schemas/tokens";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertDecision, type CurrentUser } from "@/lib/server/auth/current-user";
import { prisma } from "@/lib/server/db/prisma";
import { ConflictError, NotFoundError } from "@/lib/server/errors";

/** Revokes a token: the owner's own, or anyone's for an admin. It stops working at once. */
export async function revokeApiToken(actor: Actor | null, user: Pick<CurrentUser, "id" | "email">, input: RevokeApiTokenInput): Promise<void> {
  const token = await prisma.apiToken.findUnique({
    where: { id: input.tokenId },
    select: { id: true, userId: true, name: true, prefix: true, revokedAt: true, user: { select: { email: true } } },
  });
  // The policy decides on the token's owner, so the owner is read first; nothing is written before.
  assertDecision(canManageTokens(actor, token?.userId ?? user.id));
  if (!token) throw new NotFoundError("That token does not exist.");
  if (token.revokedAt) throw new ConflictError("This token is already revoked.");

  await prisma.$transaction(async (tx) => {
    const revokedAt = new Date();
    const { count } = await tx.apiToken.updateMany({ where: { id: token.id, revokedAt: null }, data: { revokedAt } });
    if (count === 0) throw new ConflictError("This token was revoked meanwhile.");
    await recordAuditEvent(tx, {
      actor: { id: user.id, label: user.email },
      action: "token.revoked",
      subjectType: "ApiToken",
      subjectId: token.id,
      before: { owner: token.user.email, name: token.name, prefix: token.prefix, revokedAt: null },
      after: { owner: token.user.email, name: token.name, prefix: token.prefix, revokedAt },
    });
  });
}

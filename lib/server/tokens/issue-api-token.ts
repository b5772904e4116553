import "server-only";
import type { CreateApiTokenInput } from "@/lib/schemas/tokens";
import { recordAuditEvent, type AuditActor } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { generateApiToken } from "@/lib/server/tokens/token-secret";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface IssuedApiToken {
  id: string;
  name: string;
  prefix: string;
  expiresAt: Date;
  /** The secret itself: returned once, to be shown once; only its hash is stored. */
  token: string;
}

/**
 * Issues a token for a user: the one place tokens are made. Authorization is the caller's: the
 * settings action asks the policy first; `npm run token:create` is run by an operator who holds
 * the database itself. It takes its database client, because the command may run outside the app
 * (on the embedded database), and imports nothing of the web layer.
 */
export async function issueApiToken(
  db: PrismaClient,
  input: CreateApiTokenInput & { userId: string },
  auditActor: AuditActor,
  now = new Date(),
): Promise<IssuedApiToken> {
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  const secret = generateApiToken();
  return db.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, email: true, active: true } });
    if (!owner) throw new NotFoundError("That user does not exist.");
    if (!owner.active) throw new ConflictError(`${owner.email} is deactivated: a token for them would not work.`);
    const clash = await tx.apiToken.findFirst({
      where: { userId: owner.id, name: input.name, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (clash) {
      const message = "There is already an active token with this name. Pick another name, or revoke the old token first.";
      throw new ConflictError(message, { name: [message] });
    }
    const token = await tx.apiToken.create({
      data: { userId: owner.id, name: input.name, tokenHash: secret.tokenHash, prefix: secret.prefix, expiresAt },
      select: { id: true, name: true, prefix: true, expiresAt: true },
    });
    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "token.created",
      subjectType: "ApiToken",
      subjectId: token.id,
      before: null,
      after: { owner: owner.email, name: token.name, prefix: token.prefix, expiresAt: token.expiresAt },
    });
    return { ...token, token: secret.token };
  });
}

import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import type { Actor } from "@/lib/policy/capabilities";
import type { TransactionClient } from "@/lib/server/db/client";
import { computeAuditHash, GENESIS_HASH, toJsonValue } from "@/lib/audit/hash-chain";
import type { Prisma } from "@/lib/server/generated/prisma/client";

export interface AuditActor {
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system" };

/** The caller as the audit trail names them. */
export function auditActorOf(actor: Pick<Actor, "id" | "email">): AuditActor {
  return { id: actor.id, label: actor.email };
}

export interface AuditEventInput {
  actor: AuditActor;
  /** A name of the vocabulary in lib/audit/actions.ts, e.g. `approval.granted`. */
  action: AuditAction;
  subjectType: string;
  subjectId: string;
  teamId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  /** The other rows this action changed, when it changed more than its subject, and their teams. */
  relatedIds?: readonly string[];
}

// Appends are serialised so two transactions can never chain onto the same previous event.
const AUDIT_CHAIN_LOCK_KEY = 0x41554454;

/** Appends one event to the audit chain. Call it with the transaction client of the change it records. */
export async function recordAuditEvent(tx: TransactionClient, input: AuditEventInput): Promise<{ id: bigint; hash: string }> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`;
  const previous = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const [next] = await tx.$queryRaw<{ id: bigint }[]>`SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'id')) AS id`;
  if (!next) throw new Error("could not allocate an audit event id");

  const fields = {
    id: next.id,
    createdAt: new Date(),
    actorId: input.actor.id,
    actorLabel: input.actor.label,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    teamId: input.teamId ?? null,
    before: input.before === undefined ? null : toJsonValue(input.before),
    after: input.after === undefined ? null : toJsonValue(input.after),
    requestId: input.requestId ?? null,
    relatedIds: [...new Set(input.relatedIds ?? [])],
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  const hash = computeAuditHash(fields);
  await tx.auditEvent.create({
    data: {
      ...fields,
      before: (fields.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (fields.after ?? undefined) as Prisma.InputJsonValue | undefined,
      hash,
    },
  });
  return { id: fields.id, hash };
}

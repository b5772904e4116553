import "server-only";
import { randomUUID } from "node:crypto";
import { canManageWebhooks, type Actor } from "@/lib/policy/capabilities";
import type { CreateWebhookEndpointInput, RedeliverWebhookInput, WebhookEndpointIdInput } from "@/lib/schemas/webhooks";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { assertAllowed, ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { encryptWebhookSecret } from "@/lib/server/webhooks/secret-box";
import { refuseWebhookTarget } from "@/lib/server/webhooks/webhook-target";
import { generateWebhookSecret } from "@/lib/webhooks/signature";

// Every admin change to webhooks: the policy first, then the change and its one audit event in a
// transaction. The secret is never in an audit event, a log line or a page after its creation.

/** Registers an endpoint; returns the secret, which is shown this once and stored only encrypted. */
export async function createWebhookEndpoint(
  actor: Actor,
  input: CreateWebhookEndpointInput,
  db: PrismaClient = prisma,
): Promise<{ id: string; secret: string }> {
  assertAllowed(canManageWebhooks(actor));
  const refusal = await refuseWebhookTarget(input.url);
  if (refusal) throw new ValidationError("Please correct the highlighted fields.", { url: [refusal] });

  const id = randomUUID();
  const secret = generateWebhookSecret();
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.create({
      data: {
        id,
        url: input.url,
        description: input.description,
        eventTypes: input.eventTypes,
        secretEncrypted: encryptWebhookSecret(secret, id),
        createdById: actor.id,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "webhook.created",
      subjectType: "WebhookEndpoint",
      subjectId: id,
      before: null,
      after: { url: input.url, description: input.description, eventTypes: input.eventTypes },
    });
  });
  return { id, secret };
}

/** Disables (deliveries wait, nothing new is queued for it) or re-enables an endpoint. */
export async function setWebhookEndpointActive(actor: Actor, input: WebhookEndpointIdInput & { active: boolean }, db: PrismaClient = prisma): Promise<void> {
  assertAllowed(canManageWebhooks(actor));
  const { active } = input;
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({ where: { id: input.endpointId }, select: { url: true, active: true } });
    if (!endpoint) throw new NotFoundError("This webhook endpoint no longer exists.");
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: input.endpointId, active: !active },
      data: { active, disabledAt: active ? null : new Date() },
    });
    if (count === 0) throw new ConflictError(active ? "This endpoint is already enabled." : "This endpoint is already disabled.");
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: active ? "webhook.enabled" : "webhook.disabled",
      subjectType: "WebhookEndpoint",
      subjectId: input.endpointId,
      before: { active: !active },
      after: { active, url: endpoint.url },
    });
  });
}

/** Deletes an endpoint with its delivery log; the audit trail keeps what it was. */
export async function deleteWebhookEndpoint(actor: Actor, input: WebhookEndpointIdInput, db: PrismaClient = prisma): Promise<void> {
  assertAllowed(canManageWebhooks(actor));
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({
      where: { id: input.endpointId },
      select: { url: true, description: true, eventTypes: true, active: true, _count: { select: { deliveries: true } } },
    });
    if (!endpoint) throw new NotFoundError("This webhook endpoint no longer exists.");
    const { count } = await tx.webhookEndpoint.deleteMany({ where: { id: input.endpointId } });
    if (count === 0) throw new NotFoundError("This webhook endpoint no longer exists.");
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "webhook.deleted",
      subjectType: "WebhookEndpoint",
      subjectId: input.endpointId,
      before: {
        url: endpoint.url,
        description: endpoint.description,
        eventTypes: endpoint.eventTypes,
        active: endpoint.active,
        deliveries: endpoint._count.deliveries,
      },
      after: null,
    });
  });
}

/** Sends a delivery again as soon as possible (same webhook-id), with a fresh 24-hour retry window. */
export async function redeliverWebhook(actor: Actor, input: RedeliverWebhookInput, db: PrismaClient = prisma): Promise<{ endpointId: string }> {
  assertAllowed(canManageWebhooks(actor));
  return db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({
      where: { id: input.deliveryId },
      select: { endpointId: true, eventId: true, status: true, attempts: true, event: { select: { type: true } } },
    });
    if (!delivery) throw new NotFoundError("This delivery no longer exists.");
    const now = new Date();
    await tx.webhookDelivery.update({
      where: { id: input.deliveryId },
      data: { status: "PENDING", nextAttemptAt: now, retryFrom: now, claimToken: null, claimedUntil: null },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "webhook.delivery_requeued",
      subjectType: "WebhookDelivery",
      subjectId: input.deliveryId,
      before: { status: delivery.status, attempts: delivery.attempts },
      after: { status: "PENDING", eventId: delivery.eventId, eventType: delivery.event.type, endpointId: delivery.endpointId },
      relatedIds: [delivery.endpointId],
    });
    return { endpointId: delivery.endpointId };
  });
}

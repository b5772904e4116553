import "server-only";
import { randomUUID } from "node:crypto";
import type { TransactionClient } from "@/lib/server/db/client";
import type { WebhookEventData, WebhookEventType } from "@/lib/webhooks/event-types";

/**
 * Writes a webhook event to the outbox, with one delivery per active endpoint subscribed to its
 * type, in the caller's transaction: if the change rolls back, so does its event, and nothing is
 * ever delivered for it; once it commits, delivery (lib/server/webhooks/deliver-webhooks.ts) cannot
 * lose it. No endpoint subscribed: nothing is written. Returns the event's id (its `webhook-id`).
 */
export async function enqueueWebhookEvent<T extends WebhookEventType>(tx: TransactionClient, type: T, data: WebhookEventData[T]): Promise<string | null> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true, eventTypes: { has: type } }, select: { id: true } });
  if (endpoints.length === 0) return null;
  const id = randomUUID();
  // The body is fixed here, once: every endpoint and every retry gets (and is signed over) these bytes.
  const payload = JSON.stringify({ type, timestamp: new Date().toISOString(), data });
  await tx.webhookEvent.create({ data: { id, type, payload }, select: { id: true } });
  await tx.webhookDelivery.createMany({ data: endpoints.map((endpoint) => ({ eventId: id, endpointId: endpoint.id })) });
  return id;
}

import { only, type CallContext, type MatrixRow } from "./support/matrix";

// Webhook endpoints and their deliveries: admins only (canManageWebhooks). Each call gets its own
// endpoint (a public address literal: no DNS, and no WEBHOOK_ALLOW_PRIVATE needed).

const WEBHOOKS = "app/(registry)/admin/webhooks/actions.ts";
const PUBLIC_URL = "https://93.184.215.14/hooks/registry";

async function endpoint({ db }: CallContext, active = true) {
  return db.webhookEndpoint.create({
    data: { url: PUBLIC_URL, eventTypes: ["approval.revoked"], secretEncrypted: "v1:unused:unused:unused", active },
    select: { id: true },
  });
}

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: WEBHOOKS,
    name: "createWebhookEndpointAction",
    allowed: only("admin"),
    audit: "webhook.created",
    args: ({ form }) => [null, form({ url: PUBLIC_URL, description: "Render farm", eventTypes: ["approval.revoked", "approval.needs_review"] })],
  },
  {
    kind: "action",
    file: WEBHOOKS,
    name: "disableWebhookEndpointAction",
    allowed: only("admin"),
    audit: "webhook.disabled",
    args: async (context) => [null, context.form({ endpointId: (await endpoint(context)).id })],
  },
  {
    kind: "action",
    file: WEBHOOKS,
    name: "enableWebhookEndpointAction",
    allowed: only("admin"),
    audit: "webhook.enabled",
    args: async (context) => [null, context.form({ endpointId: (await endpoint(context, false)).id })],
  },
  {
    kind: "action",
    file: WEBHOOKS,
    name: "deleteWebhookEndpointAction",
    allowed: only("admin"),
    audit: "webhook.deleted",
    args: async (context) => [null, context.form({ endpointId: (await endpoint(context)).id })],
  },
  {
    kind: "action",
    file: WEBHOOKS,
    name: "redeliverWebhookAction",
    allowed: only("admin"),
    audit: "webhook.delivery_requeued",
    args: async (context) => {
      const { id: endpointId } = await endpoint(context);
      const event = await context.db.webhookEvent.create({ data: { type: "approval.revoked", payload: "{}" }, select: { id: true } });
      const delivery = await context.db.webhookDelivery.create({
        data: { eventId: event.id, endpointId, status: "FAILED", attempts: 3, lastStatusCode: 500 },
        select: { id: true },
      });
      return [null, context.form({ deliveryId: delivery.id })];
    },
  },
];

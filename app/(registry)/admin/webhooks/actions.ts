"use server";

import { formInput } from "@/lib/catalog/form-input";
import { createWebhookEndpointSchema, redeliverWebhookSchema, webhookEndpointIdSchema } from "@/lib/schemas/webhooks";
import { defineFormAction, type Revalidation } from "@/lib/server/actions/define-action";
import { createWebhookEndpoint, deleteWebhookEndpoint, redeliverWebhook, setWebhookEndpointActive } from "@/lib/server/webhooks/manage-endpoints";
import type { CreatedWebhookEndpoint } from "@/lib/webhooks/created-webhook-endpoint";

const WEBHOOKS: readonly Revalidation[] = [{ path: "/admin/webhooks", type: "layout" }];

export const createWebhookEndpointAction = defineFormAction({
  name: "createWebhookEndpointAction",
  schema: createWebhookEndpointSchema,
  read: (formData) => formInput(formData, { multi: ["eventTypes"] }),
  run: async (input, { actor }): Promise<CreatedWebhookEndpoint> => {
    const created = await createWebhookEndpoint(actor, input);
    return { id: created.id, url: input.url, secret: created.secret };
  },
  revalidate: WEBHOOKS,
});

export const disableWebhookEndpointAction = defineFormAction({
  name: "disableWebhookEndpointAction",
  schema: webhookEndpointIdSchema,
  run: async (input, { actor }) => {
    await setWebhookEndpointActive(actor, { ...input, active: false });
  },
  revalidate: WEBHOOKS,
  message: "Disabled. Its deliveries wait until it is enabled again.",
});

export const enableWebhookEndpointAction = defineFormAction({
  name: "enableWebhookEndpointAction",
  schema: webhookEndpointIdSchema,
  run: async (input, { actor }) => {
    await setWebhookEndpointActive(actor, { ...input, active: true });
  },
  revalidate: WEBHOOKS,
  message: "Enabled.",
});

/** Its page is gone with it: back to the list. */
export const deleteWebhookEndpointAction = defineFormAction({
  name: "deleteWebhookEndpointAction",
  schema: webhookEndpointIdSchema,
  run: async (input, { actor }) => {
    await deleteWebhookEndpoint(actor, input);
  },
  revalidate: WEBHOOKS,
  redirectTo: () => "/admin/webhooks?deleted=1",
});

export const redeliverWebhookAction = defineFormAction({
  name: "redeliverWebhookAction",
  schema: redeliverWebhookSchema,
  run: async (input, { actor }) => {
    await redeliverWebhook(actor, input);
  },
  revalidate: WEBHOOKS,
  message: "Queued: it goes out within seconds.",
});

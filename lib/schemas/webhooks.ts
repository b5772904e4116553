import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/event-types";

/** Shared by the webhook endpoint form (hints) and the webhook actions. */

export const webhookUrlField = z
  .string({ message: "Enter the receiver's URL." })
  .trim()
  .min(1, { message: "Enter the receiver's URL." })
  .max(2000, { message: "Keep the URL under 2,000 characters." })
  .superRefine((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: "Enter a full URL, e.g. https://ci.example.com/hooks/registry." });
      return;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      context.addIssue({ code: "custom", message: "Only http:// and https:// URLs can receive webhooks." });
    else if (url.username || url.password) context.addIssue({ code: "custom", message: "Leave credentials out of the URL: every delivery is signed instead." });
  });

export const createWebhookEndpointSchema = z.object({
  url: webhookUrlField,
  description: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.string().trim().max(200, { message: "Keep the description under 200 characters." }).nullable().default(null),
  ),
  eventTypes: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { message: "Choose events from the list." }))
    .min(1, { message: "Choose at least one event." })
    .transform((types) => [...new Set(types)]),
});
export type CreateWebhookEndpointInput = z.infer<typeof createWebhookEndpointSchema>;

export const webhookEndpointIdSchema = z.object({ endpointId: z.uuid({ message: "Choose an endpoint." }) });
export type WebhookEndpointIdInput = z.infer<typeof webhookEndpointIdSchema>;

export const redeliverWebhookSchema = z.object({ deliveryId: z.uuid({ message: "Choose a delivery." }) });
export type RedeliverWebhookInput = z.infer<typeof redeliverWebhookSchema>;

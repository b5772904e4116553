/**
 * Next.js calls register() once when a server instance starts. In the Node.js runtime every
 * instance starts a webhook delivery loop; the loops (and `npm run jobs:deliver`) share the work
 * through their claims, so several instances never deliver one event twice.
 * WEBHOOK_DELIVERY=0 turns the loop off in an instance (cron then runs `npm run jobs:deliver`).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.WEBHOOK_DELIVERY === "0" || !process.env.DATABASE_URL) return;
  const { startInstanceWebhookDelivery } = await import("@/lib/server/webhooks/instance-delivery");
  startInstanceWebhookDelivery();
}

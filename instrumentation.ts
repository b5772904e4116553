/**
 * Next.js calls register() once when a server instance starts. In the Node.js runtime every
 * instance starts a webhook delivery loop; the loops (and `npm run jobs:deliver`) share the work
 * through their claims, so several instances never deliver one event twice.
 * WEBHOOK_DELIVERY=0 turns the loop off in an instance (cron then runs `npm run jobs:deliver`).
 * Before any request, it also cuts the chain by which React's renders keep each other in memory
 * (lib/server/runtime/release-abort-reason-stacks.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { releaseAbortReasonStacks } = await import("@/lib/server/runtime/release-abort-reason-stacks");
  releaseAbortReasonStacks();
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.WEBHOOK_DELIVERY === "0" || !process.env.DATABASE_URL) return;
  const { startInstanceWebhookDelivery } = await import("@/lib/server/webhooks/instance-delivery");
  startInstanceWebhookDelivery();
}

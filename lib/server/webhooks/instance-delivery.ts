import "server-only";
import { createPrismaClient } from "@/lib/server/db/client";
import { startWebhookDeliveryLoop, type DeliveryLoop } from "@/lib/server/webhooks/delivery-loop";

const globalForLoop = globalThis as unknown as { checkpointRegistryWebhookLoop?: DeliveryLoop };

/**
 * The app instance's delivery loop (started from instrumentation.ts), once per process, on a small
 * pool of its own so deliveries never take the connections requests need.
 */
export function startInstanceWebhookDelivery(): void {
  if (globalForLoop.checkpointRegistryWebhookLoop) return;
  const db = createPrismaClient(process.env.DATABASE_URL!, { maxConnections: 2 });
  globalForLoop.checkpointRegistryWebhookLoop = startWebhookDeliveryLoop(db);
}

/**
 * `npm run jobs:deliver`: delivers every webhook that is due, then exits (for cron). With
 * `--watch` it keeps delivering until stopped, as every app instance does on its own
 * (instrumentation.ts). Safe beside running instances: deliveries are claimed with
 * FOR UPDATE SKIP LOCKED, so none goes out twice.
 */
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/server/db/client";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver-webhooks";
import { startWebhookDeliveryLoop } from "@/lib/server/webhooks/delivery-loop";
import { runWithDatabase } from "@/scripts/lib/database";
import { webhookSecretKey } from "@/scripts/lib/webhook-secret-key";

const { values } = parseArgs({ options: { watch: { type: "boolean", default: false } } });
process.env.WEBHOOK_SECRET_KEY = webhookSecretKey();

await runWithDatabase("jobs:deliver", async (database) => {
  const prisma = createPrismaClient(database.url, { maxConnections: 3 });
  try {
    if (values.watch) {
      const loop = startWebhookDeliveryLoop(prisma);
      console.log("Delivering webhooks; Ctrl+C to stop.");
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await loop.stop();
      return;
    }
    const totals = { claimed: 0, delivered: 0, failed: 0, retrying: 0 };
    for (;;) {
      const outcome = await deliverDueWebhooks(prisma);
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += outcome[key];
      if (outcome.claimed === 0) break;
    }
    console.log(
      totals.claimed === 0
        ? "No webhook delivery is due."
        : `Attempted ${totals.claimed} webhook delivery(ies): ${totals.delivered} delivered, ${totals.retrying} to retry, ${totals.failed} failed for good.`,
    );
  } finally {
    await prisma.$disconnect();
  }
});

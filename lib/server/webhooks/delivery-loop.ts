import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import type { PrismaClient } from "@/lib/server/db/client";
import { deliverDueWebhooks, type DeliveryOptions } from "@/lib/server/webhooks/deliver-webhooks";

export interface DeliveryLoop {
  stop(): Promise<void>;
}

/**
 * Delivers webhooks until stopped: a pass, then (when the pass found less than a full batch) a
 * pause of `intervalMs`. Every app instance runs one (instrumentation.ts); the passes' claims keep
 * them from delivering anything twice. Errors (a database restart, say) are logged, not fatal.
 */
export function startWebhookDeliveryLoop(db: PrismaClient, options: DeliveryOptions & { intervalMs?: number } = {}): DeliveryLoop {
  const configured = options.intervalMs ?? Number(process.env.WEBHOOK_POLL_MS ?? 500);
  // A mistyped WEBHOOK_POLL_MS must not turn the loop into a busy loop against the database.
  const intervalMs = Number.isFinite(configured) && configured >= 50 ? configured : 500;
  const batchSize = options.batchSize ?? 10;
  const controller = new AbortController();
  let lastErrorLog = 0;

  const running = (async () => {
    while (!controller.signal.aborted) {
      let busy = false;
      try {
        const outcome = await deliverDueWebhooks(db, { ...options, batchSize });
        busy = outcome.claimed >= batchSize;
      } catch (error) {
        if (Date.now() - lastErrorLog > 60_000) {
          lastErrorLog = Date.now();
          console.error("Webhook delivery pass failed (retrying):", error);
        }
      }
      if (!busy) await sleep(intervalMs, undefined, { signal: controller.signal, ref: false }).catch(() => {});
    }
  })();

  return {
    async stop() {
      controller.abort();
      await running;
    },
  };
}

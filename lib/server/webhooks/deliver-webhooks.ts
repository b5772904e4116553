import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/server/db/client";
import { webhookHeaders } from "@/lib/webhooks/signature";
import { decryptWebhookSecret } from "@/lib/server/webhooks/secret-box";
import { postWebhook, type WebhookResponse } from "@/lib/server/webhooks/webhook-http";
import { privateTargetsAllowed } from "@/lib/server/webhooks/webhook-target";

export interface DeliveryOptions {
  /** Deliveries claimed per pass. */
  batchSize?: number;
  /** How long a claim keeps other instances off a delivery: longer than any attempt can take. */
  claimMs?: number;
  timeoutMs?: number;
  /** The first retry's delay; each further one doubles it (with ±20% jitter), up to `maxDelayMs`. */
  retryBaseMs?: number;
  maxDelayMs?: number;
  /** How long after the event (or a redeliver) retries go on before the delivery is marked FAILED. */
  retryWindowMs?: number;
  allowPrivate?: boolean;
}

const DEFAULTS = {
  batchSize: 10,
  claimMs: 60_000,
  timeoutMs: 15_000,
  retryBaseMs: 5_000,
  maxDelayMs: 2 * 60 * 60_000,
  retryWindowMs: 24 * 60 * 60_000,
} satisfies DeliveryOptions;

export interface PassOutcome {
  claimed: number;
  delivered: number;
  failed: number;
  retrying: number;
}

interface ClaimedDelivery {
  id: string;
  attempts: number;
  url: string;
  endpointId: string;
  secretEncrypted: string;
  eventId: string;
  payload: string;
}

/**
 * One delivery pass: claims due deliveries (`FOR UPDATE SKIP LOCKED`, so instances running this at
 * the same time never take the same row, then a claim with a deadline, so no transaction stays
 * open across the network), posts each one signed, and records the outcome only if the claim is
 * still ours. Safe to run from every app instance and from cron at once.
 */
export async function deliverDueWebhooks(db: PrismaClient, options: DeliveryOptions = {}): Promise<PassOutcome> {
  const settings = { ...DEFAULTS, allowPrivate: privateTargetsAllowed(), ...options };
  const claimToken = randomUUID();
  const claimed = await db.$queryRaw<ClaimedDelivery[]>`
    WITH due AS (
      SELECT d.id FROM "WebhookDelivery" d
      JOIN "WebhookEndpoint" e ON e.id = d."endpointId" AND e.active
      WHERE d.status = 'PENDING' AND d."nextAttemptAt" <= now() AND (d."claimedUntil" IS NULL OR d."claimedUntil" < now())
      ORDER BY d."nextAttemptAt"
      LIMIT ${settings.batchSize}::int
      FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE "WebhookDelivery" d
    SET "claimToken" = ${claimToken}::uuid, "claimedUntil" = now() + make_interval(secs => ${settings.claimMs / 1000}::double precision)
    FROM due, "WebhookEndpoint" e, "WebhookEvent" ev
    WHERE d.id = due.id AND e.id = d."endpointId" AND ev.id = d."eventId"
    RETURNING d.id::text AS id, d.attempts, e.url, e.id::text AS "endpointId", e."secretEncrypted", ev.id::text AS "eventId", ev.payload`;

  const outcome: PassOutcome = { claimed: claimed.length, delivered: 0, failed: 0, retrying: 0 };
  await Promise.all(
    claimed.map(async (delivery) => {
      const response = await attempt(delivery, settings);
      const result = await recordAttempt(db, delivery, claimToken, response, settings);
      outcome[result] += 1;
    }),
  );
  return outcome;
}

async function attempt(delivery: ClaimedDelivery, settings: typeof DEFAULTS & { allowPrivate: boolean }): Promise<WebhookResponse> {
  let secret: string;
  try {
    secret = decryptWebhookSecret(delivery.secretEncrypted, delivery.endpointId);
  } catch (error) {
    return { statusCode: null, durationMs: 0, error: `Cannot sign: ${(error as Error).message}`, retryAfterSeconds: null };
  }
  return postWebhook(delivery.url, webhookHeaders(secret, delivery.eventId, delivery.payload), delivery.payload, {
    timeoutMs: settings.timeoutMs,
    allowPrivate: settings.allowPrivate,
  });
}

async function recordAttempt(
  db: PrismaClient,
  delivery: ClaimedDelivery,
  claimToken: string,
  response: WebhookResponse,
  settings: typeof DEFAULTS,
): Promise<"delivered" | "failed" | "retrying"> {
  const error = response.error?.slice(0, 500) ?? null;
  if (response.statusCode !== null && response.statusCode >= 200 && response.statusCode < 300) {
    await db.$executeRaw`
      UPDATE "WebhookDelivery" SET status = 'DELIVERED', attempts = attempts + 1, "deliveredAt" = now(), "lastAttemptAt" = now(),
        "lastStatusCode" = ${response.statusCode}::int, "lastDurationMs" = ${response.durationMs}::int, "lastError" = NULL,
        "claimToken" = NULL, "claimedUntil" = NULL
      WHERE id = ${delivery.id}::uuid AND "claimToken" = ${claimToken}::uuid`;
    return "delivered";
  }
  const delayMs = retryDelayMs(delivery.attempts + 1, response.retryAfterSeconds, settings);
  // Past the retry window the delivery is FAILED; "redeliver" starts a new window.
  const rows = await db.$queryRaw<{ status: string }[]>`
    UPDATE "WebhookDelivery" SET
      status = CASE WHEN now() + make_interval(secs => ${delayMs / 1000}::double precision) > "retryFrom" + make_interval(secs => ${settings.retryWindowMs / 1000}::double precision)
        THEN 'FAILED'::"WebhookDeliveryStatus" ELSE 'PENDING'::"WebhookDeliveryStatus" END,
      attempts = attempts + 1, "lastAttemptAt" = now(), "nextAttemptAt" = now() + make_interval(secs => ${delayMs / 1000}::double precision),
      "lastStatusCode" = ${response.statusCode}::int, "lastDurationMs" = ${response.durationMs}::int, "lastError" = ${error}::text,
      "claimToken" = NULL, "claimedUntil" = NULL
    WHERE id = ${delivery.id}::uuid AND "claimToken" = ${claimToken}::uuid
    RETURNING status::text AS status`;
  return rows[0]?.status === "FAILED" ? "failed" : "retrying";
}

/** Exponential backoff with ±20% jitter; a receiver's Retry-After is honoured up to the cap. */
export function retryDelayMs(attempts: number, retryAfterSeconds: number | null, settings: Pick<typeof DEFAULTS, "retryBaseMs" | "maxDelayMs">): number {
  const exponential = settings.retryBaseMs * 2 ** Math.max(0, attempts - 1);
  const jittered = Math.min(exponential, settings.maxDelayMs) * (0.8 + Math.random() * 0.4);
  const asked = retryAfterSeconds === null ? 0 : retryAfterSeconds * 1000;
  return Math.round(Math.min(Math.max(jittered, asked), settings.maxDelayMs));
}

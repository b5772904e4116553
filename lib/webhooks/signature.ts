import { createHmac, randomBytes } from "node:crypto";

/**
 * Standard Webhooks signing (https://github.com/standard-webhooks/standard-webhooks, spec
 * "Signature scheme"): HMAC-SHA256 over `${id}.${timestamp}.${body}` with the secret's bytes (the
 * base64 after `whsec_`), sent as `v1,<base64 signature>` in `webhook-signature`.
 */

const SECRET_PREFIX = "whsec_";

/** A new endpoint secret: 32 random bytes (the spec asks for 24 to 64), base64, `whsec_` prefixed. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString("base64")}`;
}

export function webhookSecretKey(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
  if (key.length === 0) throw new Error("The webhook secret is empty.");
  return key;
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`; timestamp in whole seconds since the epoch. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const signature = createHmac("sha256", webhookSecretKey(secret)).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${signature}`;
}

/** The three headers of one delivery attempt (the timestamp is the attempt's, per the spec). */
export function webhookHeaders(secret: string, id: string, body: string, now = new Date()): Record<string, string> {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signWebhook(secret, id, timestamp, body),
  };
}

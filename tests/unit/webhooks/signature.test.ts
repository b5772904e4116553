import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signWebhook, webhookHeaders, webhookSecretKey } from "@/lib/webhooks/signature";

// Test vector from standard-webhooks/standard-webhooks, libraries/javascript/src/webhook.test.ts
// ("sign function works"); the Go, Java, PHP and C# libraries assert the same value.
const SPEC = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

describe("Standard Webhooks signing", () => {
  it("produces the specification's reference signature", () => {
    expect(signWebhook(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.payload)).toBe(SPEC.signature);
    // The secret without its prefix is the same key.
    expect(signWebhook(SPEC.secret.slice("whsec_".length), SPEC.id, SPEC.timestamp, SPEC.payload)).toBe(SPEC.signature);
  });

  it("signs id, timestamp and body: changing any one changes the signature", () => {
    const base = signWebhook(SPEC.secret, SPEC.id, SPEC.timestamp, SPEC.payload);
    expect(signWebhook(SPEC.secret, `${SPEC.id}x`, SPEC.timestamp, SPEC.payload)).not.toBe(base);
    expect(signWebhook(SPEC.secret, SPEC.id, SPEC.timestamp + 1, SPEC.payload)).not.toBe(base);
    expect(signWebhook(SPEC.secret, SPEC.id, SPEC.timestamp, `${SPEC.payload} `)).not.toBe(base);
  });

  it("sends the three headers with the attempt's time in whole seconds", () => {
    const headers = webhookHeaders(SPEC.secret, SPEC.id, SPEC.payload, new Date(SPEC.timestamp * 1000 + 999));
    expect(headers).toEqual({ "webhook-id": SPEC.id, "webhook-timestamp": String(SPEC.timestamp), "webhook-signature": SPEC.signature });
  });

  it("generates whsec_ secrets of 32 random bytes", () => {
    const one = generateWebhookSecret();
    expect(one).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(webhookSecretKey(one)).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(one);
    expect(() => webhookSecretKey("whsec_")).toThrow();
  });
});

import "./setup-env";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookEndpointSchema } from "@/lib/schemas/webhooks";
import { prisma } from "@/lib/server/db/prisma";
import { deliverDueWebhooks } from "@/lib/server/webhooks/deliver-webhooks";
import { createWebhookEndpoint } from "@/lib/server/webhooks/manage-endpoints";
import { withOwnDatabase } from "../auth/support/own-database";
import { createUser, createWorld, submitRequest } from "../reviews/world";
import { Receiver, waitFor, type ReceivedWebhook } from "@/tests/support/webhook-receiver";

// The README's verification snippet, exactly as printed there, against real deliveries.
withOwnDatabase("webhooks_readme");

type Verify = (secret: string, headers: Record<string, string>, rawBody: string, toleranceSeconds?: number) => boolean;

const dir = mkdtempSync(path.join(tmpdir(), "webhook-snippet-"));
let verifyWebhook: Verify;
const receiver = new Receiver();
let secret: string;
let delivered: ReceivedWebhook;

beforeAll(async () => {
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  const snippet = /<!-- webhook-verification-snippet -->\n\n?```js\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!snippet) throw new Error("README.md has no block after <!-- webhook-verification-snippet -->");
  const file = path.join(dir, "verify-webhook.mjs");
  writeFileSync(file, snippet);
  ({ verifyWebhook } = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { verifyWebhook: Verify });

  const world = await createWorld();
  const admin = await createUser(prisma, world.tag, "admin", ["ADMIN"], []);
  await receiver.listen();
  ({ secret } = await createWebhookEndpoint(admin.actor, createWebhookEndpointSchema.parse({ url: receiver.url, eventTypes: ["review.submitted"] })));
  await submitRequest(world);
  await waitFor(async () => (await deliverDueWebhooks(prisma), receiver.acknowledged().length === 1), 20_000, "the delivery");
  delivered = receiver.acknowledged()[0]!;
});

afterAll(async () => {
  await receiver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the README's webhook verification snippet", () => {
  it("accepts a real delivery with the endpoint's secret", () => {
    expect(verifyWebhook(secret, delivered.headers, delivered.body)).toBe(true);
  });

  it("detects a tampered signature, body, id or timestamp, a wrong secret and a stale delivery", () => {
    const { headers, body } = delivered;
    const signature = headers["webhook-signature"]!;
    const flipped = signature.slice(0, 5) + (signature[5] === "A" ? "B" : "A") + signature.slice(6);
    expect(verifyWebhook(secret, { ...headers, "webhook-signature": flipped }, body)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, "webhook-signature": "v1,AAAA" }, body)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, "webhook-signature": signature.replace(/^v1,/, "v2,") }, body)).toBe(false);
    expect(verifyWebhook(secret, headers, body.replace('"review.submitted"', '"approval.granted"'))).toBe(false);
    expect(verifyWebhook(secret, headers, `${body} `)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, "webhook-id": `${headers["webhook-id"]}x` }, body)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, "webhook-timestamp": String(Number(headers["webhook-timestamp"]) + 1) }, body)).toBe(false);
    expect(verifyWebhook(`whsec_${Buffer.alloc(32, 7).toString("base64")}`, headers, body)).toBe(false);
    const { "webhook-signature": _dropped, ...unsigned } = headers;
    expect(verifyWebhook(secret, unsigned, body)).toBe(false);
    // A replay ten minutes later is refused by the default tolerance.
    const staleNow = Date.now;
    Date.now = () => staleNow() + 10 * 60_000;
    try {
      expect(verifyWebhook(secret, headers, body)).toBe(false);
    } finally {
      Date.now = staleNow;
    }
  });

  it("accepts a signature among several (secret rotation) and the Standard Webhooks reference vector", () => {
    const { headers, body } = delivered;
    expect(verifyWebhook(secret, { ...headers, "webhook-signature": `v1,bm90IHRoaXMgb25l ${headers["webhook-signature"]}` }, body)).toBe(true);
    // From standard-webhooks/standard-webhooks libraries/javascript/src/webhook.test.ts ("sign function works").
    const vector = {
      "webhook-id": "msg_p5jXN8AQM9LWM0D4loKWxJek",
      "webhook-timestamp": "1614265330",
      "webhook-signature": "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    };
    expect(verifyWebhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", vector, '{"test": 2432232314}', Infinity)).toBe(true);
    expect(verifyWebhook("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", vector, '{"test": 2432232315}', Infinity)).toBe(false);
  });
});

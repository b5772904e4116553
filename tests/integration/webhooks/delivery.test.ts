import "./setup-env";
import { afterEach, describe, expect, it } from "vitest";
import { createVersionSchema, type CreateVersionInput } from "@/lib/schemas/catalog";
import { createWebhookEndpointSchema } from "@/lib/schemas/webhooks";
import { expireDueApprovals } from "@/lib/server/approvals/expire-approvals";
import { markApprovalsForReReview } from "@/lib/server/approvals/mark-for-re-review";
import { revokeApproval } from "@/lib/server/approvals/revoke-approval";
import { createVersion as createCatalogVersion } from "@/lib/server/catalog/create-version";
import type { PrismaClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { signOff } from "@/lib/server/reviews/sign-off";
import { submitReviewRequest } from "@/lib/server/submissions/submit-review-request";
import { deliverDueWebhooks, type DeliveryOptions } from "@/lib/server/webhooks/deliver-webhooks";
import { createWebhookEndpoint, deleteWebhookEndpoint, setWebhookEndpointActive } from "@/lib/server/webhooks/manage-endpoints";
import { decryptWebhookSecret } from "@/lib/server/webhooks/secret-box";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/event-types";
import { signWebhook } from "@/lib/webhooks/signature";
import type { SubmissionInput } from "@/lib/schemas/submission";
import { withOwnDatabase } from "../auth/support/own-database";
import {
  approve,
  createUser,
  createWorld,
  decide,
  existingSubmission,
  inAYear,
  createVersion as createSubjectVersion,
  submitRequest,
  type TestUser,
  type World,
} from "../reviews/world";
import { Receiver, waitFor } from "@/tests/support/webhook-receiver";

// A database of its own: other test files' writers would otherwise enqueue events to these endpoints.
withOwnDatabase("webhooks");

const receivers: Receiver[] = [];
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
  await prisma.webhookEndpoint.deleteMany({});
});

async function receiver(): Promise<Receiver> {
  const started = await new Receiver().listen();
  receivers.push(started);
  return started;
}

async function admin(world: World): Promise<TestUser> {
  return createUser(prisma, world.tag, "admin", ["ADMIN"], []);
}

async function register(by: TestUser, url: string, eventTypes: readonly WebhookEventType[] = WEBHOOK_EVENT_TYPES) {
  return createWebhookEndpoint(by.actor, createWebhookEndpointSchema.parse({ url, eventTypes: [...eventTypes] }));
}

/** Delivery passes until nothing is due right now (retries scheduled later are left). */
async function drain(options: DeliveryOptions = {}): Promise<void> {
  for (let pass = 0; pass < 50; pass += 1) if ((await deliverDueWebhooks(prisma, options)).claimed === 0) return;
}

async function approveRequest(world: World, requestId: string) {
  await signOff(world.tech.actor, approve(requestId, 1, "TECHNICAL", { reviewBy: inAYear() }));
  return signOff(world.legal.actor, approve(requestId, 2, "LEGAL"));
}

describe("webhooks: every writer puts its event in the outbox, in its own transaction", () => {
  it("delivers each of the seven event types, signed with the endpoint's secret", async () => {
    const world = await createWorld();
    const by = await admin(world);
    const hooks = await receiver();
    const { secret } = await register(by, hooks.url);

    // review.submitted; then approval.granted and review.decided (APPROVED)
    const first = await submitRequest(world);
    const approved = await approveRequest(world, first.requestId);
    // approval.needs_review; approval.revoked
    await prisma.$transaction((tx) => markApprovalsForReReview(tx, { versionIds: [first.versionId], reason: "Creator terms changed" }));
    await revokeApproval(world.legal.actor, { approvalId: approved.approvalId!, reason: "Licence withdrawn by its author" });
    // review.decided (REJECTED)
    const rejected = await submitRequest(world);
    await signOff(world.legal.actor, decide(rejected.requestId, 1, "LEGAL", "REJECT", "Not for us."));
    // approval.expired
    const expiring = await submitRequest(world);
    const expiringApproval = await approveRequest(world, expiring.requestId);
    await expireDueApprovals(prisma, new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000));
    // catalog.version.created, by an admin and by a submission of a new version
    const base = await prisma.checkpointVersion.findUniqueOrThrow({ where: { id: world.base.id }, select: { checkpointId: true } });
    const catalogued = await createCatalogVersion(
      by.actor,
      createVersionSchema.parse({ checkpointId: base.checkpointId, version: "2.0", kind: "BASE", architectureKey: "SDXL" }) as CreateVersionInput,
    );
    const submittedNew = await submitReviewRequest(world.member.actor, newVersionSubmission(world));

    await drain();
    const events = hooks.events();
    const byType = (type: WebhookEventType) => events.filter((event) => event.type === type).map((event) => event.data);

    expect(new Set(events.map((event) => event.type))).toEqual(new Set(WEBHOOK_EVENT_TYPES));
    expect(byType("review.submitted").map((data) => data.requestId)).toEqual(
      expect.arrayContaining([first.requestId, rejected.requestId, expiring.requestId, submittedNew.requestId]),
    );
    expect(byType("approval.granted")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ approvalId: approved.approvalId, versionId: first.versionId, requestId: first.requestId, uses: ["INTERNAL_EXPLORATION"] }),
      ]),
    );
    expect(byType("review.decided")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ requestId: first.requestId, status: "APPROVED", approvalId: approved.approvalId }),
        expect.objectContaining({ requestId: rejected.requestId, status: "REJECTED", approvalId: null }),
      ]),
    );
    expect(byType("approval.needs_review")).toEqual([expect.objectContaining({ approvalId: approved.approvalId, reason: "Creator terms changed" })]);
    expect(byType("approval.revoked")).toEqual([expect.objectContaining({ approvalId: approved.approvalId, reason: "Licence withdrawn by its author" })]);
    expect(byType("approval.expired")).toEqual([expect.objectContaining({ approvalId: expiringApproval.approvalId, versionId: expiring.versionId })]);
    expect(byType("catalog.version.created")).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ versionId: catalogued.versionId, viaRequest: false }),
        expect.objectContaining({ versionId: submittedNew.versionId, viaRequest: true }),
      ]),
    );

    // Every request is signed per Standard Webhooks with this endpoint's secret, over the exact body.
    for (const request of hooks.acknowledged()) {
      const { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": signature } = request.headers;
      expect(signature).toBe(signWebhook(secret, id!, Number(timestamp), request.body));
      expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(120);
      expect(request.headers["content-type"]).toBe("application/json");
    }
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it("a change that rolls back leaves no event and delivers nothing; the same change committed is delivered", async () => {
    const world = await createWorld();
    const by = await admin(world);
    const hooks = await receiver();
    await register(by, hooks.url, ["review.submitted", "catalog.version.created"]);

    // The real submission, on a client whose transaction fails after the submission wrote everything.
    const eventsBefore = await prisma.webhookEvent.count();
    const failing = failingAfterCommitWork(prisma);
    const versionId = await createSubjectVersion(world, world.licenses.permissive);
    await expect(submitReviewRequest(world.member.actor, existingSubmission(world, versionId), failing)).rejects.toThrow("fails after the change");
    await expect(submitReviewRequest(world.member.actor, newVersionSubmission(world), failing)).rejects.toThrow("fails after the change");

    expect(await prisma.webhookEvent.count()).toBe(eventsBefore);
    expect(await prisma.webhookDelivery.count()).toBe(0);
    expect(await prisma.reviewRequest.count({ where: { versionId } })).toBe(0);
    await drain();
    expect(hooks.received).toEqual([]);

    const committed = await submitReviewRequest(world.member.actor, existingSubmission(world, versionId));
    await drain();
    expect(hooks.events()).toEqual([expect.objectContaining({ type: "review.submitted", data: expect.objectContaining({ requestId: committed.requestId }) })]);
  });

  it("receiver down for a while: retried with backoff, then delivered exactly once", async () => {
    const world = await createWorld();
    const by = await admin(world);
    // Take a free port, then close it: the receiver is down.
    const hooks = await receiver();
    const port = hooks.port;
    await hooks.close();
    await register(by, hooks.url, ["review.submitted"]);
    const { requestId } = await submitRequest(world);

    const options: DeliveryOptions = { retryBaseMs: 200, maxDelayMs: 1_000 };
    await drain(options);
    await waitFor(
      async () => (await prisma.webhookDelivery.findFirstOrThrow()).attempts >= 2 || (await drain(options), false),
      20_000,
      "a second failed attempt",
    );
    const down = await prisma.webhookDelivery.findFirstOrThrow();
    expect(down).toMatchObject({ status: "PENDING", lastStatusCode: null, lastError: "Connection refused." });
    expect(down.nextAttemptAt.getTime()).toBeGreaterThan(down.lastAttemptAt!.getTime());

    // Then it answers 503 once, then 204.
    let answered = 0;
    hooks.respond = () => (answered++ === 0 ? 503 : 204);
    await hooks.listen(port);
    await waitFor(async () => (await drain(options), hooks.acknowledged().length >= 1), 20_000, "the delivery");
    // More passes, after the retry delays would have passed: nothing more arrives.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await drain(options);

    expect(hooks.acknowledged()).toHaveLength(1);
    expect(hooks.received.map((request) => request.status)).toEqual([503, 204]);
    expect(hooks.events()[0]).toMatchObject({ type: "review.submitted", data: { requestId } });
    // The same webhook-id on every attempt: the receiver's idempotency key.
    expect(new Set(hooks.received.map((request) => request.headers["webhook-id"])).size).toBe(1);
    const delivered = await prisma.webhookDelivery.findFirstOrThrow();
    expect(delivered).toMatchObject({ status: "DELIVERED", lastStatusCode: 204, lastError: null, claimToken: null });
    expect(delivered.attempts).toBeGreaterThanOrEqual(4);
    expect(delivered.lastDurationMs).toBeGreaterThanOrEqual(0);
  });

  it("marks a delivery FAILED once its retry window has passed", async () => {
    const world = await createWorld();
    const by = await admin(world);
    const hooks = await receiver();
    hooks.respond = () => 500;
    await register(by, hooks.url, ["review.submitted"]);
    await submitRequest(world);

    const options: DeliveryOptions = { retryBaseMs: 100, maxDelayMs: 200, retryWindowMs: 1_000 };
    await waitFor(async () => (await drain(options), (await prisma.webhookDelivery.findFirstOrThrow()).status === "FAILED"), 20_000, "the delivery to fail");
    const failed = await prisma.webhookDelivery.findFirstOrThrow();
    expect(failed).toMatchObject({ status: "FAILED", lastStatusCode: 500, lastError: "The receiver answered 500." });
    expect(failed.attempts).toBe(hooks.received.length);
    // A failed delivery is not tried again by later passes.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await drain(options);
    expect(hooks.received.length).toBe(failed.attempts);
  });

  it("a disabled endpoint's deliveries wait and go out once it is enabled; a deleted endpoint gets nothing", async () => {
    const world = await createWorld();
    const by = await admin(world);
    const kept = await receiver();
    const removed = await receiver();
    const keptEndpoint = await register(by, kept.url, ["review.submitted"]);
    const removedEndpoint = await register(by, removed.url, ["review.submitted"]);

    await setWebhookEndpointActive(by.actor, { endpointId: keptEndpoint.id, active: false });
    await deleteWebhookEndpoint(by.actor, { endpointId: removedEndpoint.id });
    // Queued before disabling: waits. Submitted while disabled: not queued for it at all.
    const { requestId } = await submitRequest(world);
    await drain();
    expect(kept.received).toEqual([]);
    expect(removed.received).toEqual([]);

    await setWebhookEndpointActive(by.actor, { endpointId: keptEndpoint.id, active: true });
    const after = await submitRequest(world);
    await drain();
    expect(kept.events().map((event) => event.data.requestId)).toEqual([after.requestId]);
    expect(requestId).not.toBe(after.requestId);
    expect(removed.received).toEqual([]);
  });

  it("stores the secret only encrypted, bound to its endpoint", async () => {
    const world = await createWorld();
    const by = await admin(world);
    const hooks = await receiver();
    const one = await register(by, hooks.url, ["review.submitted"]);
    const two = await register(by, hooks.url, ["review.submitted"]);
    expect(one.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const rows = await prisma.webhookEndpoint.findMany({ select: { id: true, secretEncrypted: true } });
    const rowOne = rows.find((row) => row.id === one.id)!;
    const rowTwo = rows.find((row) => row.id === two.id)!;
    expect(rowOne.secretEncrypted).not.toContain(one.secret.slice(6));
    expect(decryptWebhookSecret(rowOne.secretEncrypted, one.id)).toBe(one.secret);
    // Another endpoint's ciphertext does not decrypt as this one's, nor under another key.
    expect(() => decryptWebhookSecret(rowTwo.secretEncrypted, one.id)).toThrow();
    const key = process.env.WEBHOOK_SECRET_KEY;
    process.env.WEBHOOK_SECRET_KEY = "a-different-key-of-enough-length-0123456789";
    try {
      expect(() => decryptWebhookSecret(rowOne.secretEncrypted, one.id)).toThrow();
    } finally {
      process.env.WEBHOOK_SECRET_KEY = key;
    }
    // The audit event of the creation never holds the secret.
    const events = await prisma.auditEvent.findMany({ where: { subjectId: one.id } });
    expect(events.map((event) => event.action)).toEqual(["webhook.created"]);
    expect(JSON.stringify(events, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value))).not.toContain(one.secret.slice(6, 20));
  });
});

describe("webhooks: targets", () => {
  it("refuses loopback, private and link-local targets without WEBHOOK_ALLOW_PRIVATE, at registration and at delivery", async () => {
    const world = await createWorld();
    const by = await admin(world);
    const hooks = await receiver();
    await register(by, hooks.url, ["review.submitted"]);
    process.env.WEBHOOK_ALLOW_PRIVATE = "0";
    try {
      for (const url of [
        "http://127.0.0.1:9/hook",
        "http://localhost:9/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://10.1.2.3/hook",
        "http://[::1]:9/hook",
        "http://[::ffff:127.0.0.1]/x",
      ]) {
        await expect(register(by, url), url).rejects.toMatchObject({
          code: "VALIDATION",
          fieldErrors: { url: [expect.stringMatching(/private, loopback or link-local/)] },
        });
      }
      expect(() => createWebhookEndpointSchema.parse({ url: "ftp://example.com/hook", eventTypes: ["review.submitted"] })).toThrow(/Only http/);
      expect(() => createWebhookEndpointSchema.parse({ url: "https://user:pw@example.com/hook", eventTypes: ["review.submitted"] })).toThrow(/credentials/);

      // Registered while allowed, delivered while not: refused when connecting, nothing sent.
      await submitRequest(world);
      await drain({ allowPrivate: false });
      expect(hooks.received).toEqual([]);
      const refused = await prisma.webhookDelivery.findFirstOrThrow();
      expect(refused).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null });
      expect(refused.lastError).toMatch(/^Refused: 127\.0\.0\.1 is a private address/);
    } finally {
      process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    }
    expect(await prisma.webhookEndpoint.count()).toBe(1);
  });

  it("refuses a host name that resolves to loopback when connecting", async () => {
    const world = await createWorld();
    const by = await admin(world);
    const hooks = await receiver();
    await register(by, `http://localhost:${hooks.port}/hooks`, ["review.submitted"]);
    await submitRequest(world);
    await drain({ allowPrivate: false });
    expect(hooks.received).toEqual([]);
    expect((await prisma.webhookDelivery.findFirstOrThrow()).lastError).toMatch(/^Refused: localhost resolves to a private address/);
    await drain({ allowPrivate: true, retryBaseMs: 0 });
    await waitFor(async () => (await drain({ allowPrivate: true }), hooks.acknowledged().length === 1), 20_000, "the allowed delivery");
  });
});

/** A client whose transactions run the whole callback, then fail: the change is written, then rolled back. */
function failingAfterCommitWork(db: PrismaClient): PrismaClient {
  return new Proxy(db, {
    get(target, property) {
      if (property === "$transaction") {
        return (work: (tx: unknown) => Promise<unknown>) =>
          target.$transaction(async (tx) => {
            await work(tx);
            throw new Error("fails after the change");
          });
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function newVersionSubmission(world: World): SubmissionInput {
  return {
    mode: "new",
    teamId: world.teamId,
    checkpointId: null,
    checkpointName: `Webhook Dropped ${world.tag} ${Math.random().toString(36).slice(2, 7)}`,
    version: "v1.0",
    kind: "FINETUNE",
    architectureKey: "SDXL",
    publisher: "Example Studio",
    parentIds: [world.base.id],
    licenseIds: [world.licenses.permissive],
    creatorTerms: { present: false },
    sourceUrl: null,
    sha256: null,
    fileSizeBytes: null,
    fileName: null,
    uses: ["INTERNAL_EXPLORATION"],
    justification: "Storyboards for the spring campaign need a stylised SDXL fine-tune.",
    detectedArchitecture: null,
  } as SubmissionInput;
}

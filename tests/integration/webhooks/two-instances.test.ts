import "./setup-env";
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createVersionSchema } from "@/lib/schemas/catalog";
import { createWebhookEndpointSchema } from "@/lib/schemas/webhooks";
import { createVersion } from "@/lib/server/catalog/create-version";
import { prisma } from "@/lib/server/db/prisma";
import { createWebhookEndpoint } from "@/lib/server/webhooks/manage-endpoints";
import { withOwnDatabase } from "../auth/support/own-database";
import { createUser, createWorld } from "../reviews/world";
import { Receiver, waitFor } from "@/tests/support/webhook-receiver";

// Two processes run the delivery loop every app instance runs (`npm run jobs:deliver -- --watch`
// is that loop), against one database and one slow receiver: each event arrives exactly once.
const database = withOwnDatabase("webhooks_two");
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

const children: ChildProcess[] = [];
const receiver = new Receiver();
afterAll(async () => {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once("exit", resolve)) : null)));
  await receiver.close();
});

function startInstance(name: string): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, [`${ROOT}node_modules/tsx/dist/cli.mjs`, "--conditions=react-server", "scripts/jobs-deliver.ts", "--watch"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database.url(), WEBHOOK_POLL_MS: "100", WEBHOOK_ALLOW_PRIVATE: "1", NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.once("exit", (code) => (output += `\n[${name} exited with ${code}]`));
  children.push(child);
  return { child, output: () => output };
}

describe("webhooks: two delivering processes", () => {
  it("share the work without delivering any event twice", async () => {
    const world = await createWorld();
    const admin = await createUser(prisma, world.tag, "admin", ["ADMIN"], []);
    // A slow receiver: deliveries overlap, so both processes are busy at once.
    receiver.respond = () => new Promise((resolve) => setTimeout(() => resolve(204), 150));
    await receiver.listen();
    await createWebhookEndpoint(admin.actor, createWebhookEndpointSchema.parse({ url: receiver.url, eventTypes: ["catalog.version.created"] }));
    const { checkpointId } = await prisma.checkpointVersion.findUniqueOrThrow({ where: { id: world.base.id }, select: { checkpointId: true } });

    const one = startInstance("instance 1");
    const two = startInstance("instance 2");
    await waitFor(() => one.output().includes("Delivering webhooks") && two.output().includes("Delivering webhooks"), 90_000, "both processes to start");

    // Thirty changes (an admin adds catalog versions), each enqueueing its event in its transaction.
    const requests = 30;
    const versionIds: string[] = [];
    for (let index = 0; index < requests; index += 1) {
      const input = createVersionSchema.parse({ checkpointId, version: `two-instances-${index}`, kind: "BASE", architectureKey: "SDXL" });
      versionIds.push((await createVersion(admin.actor, input)).versionId);
    }

    await waitFor(() => receiver.acknowledged().length >= requests, 60_000, `${requests} deliveries (${one.output()} ${two.output()})`);
    // Long enough for a duplicate to show up if a claim had been taken twice.
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const ids = receiver.acknowledged().map((request) => request.headers["webhook-id"]);
    expect(ids).toHaveLength(requests);
    expect(new Set(ids).size).toBe(requests);
    expect(new Set(receiver.events().map((event) => event.data.versionId))).toEqual(new Set(versionIds));
    const deliveries = await prisma.webhookDelivery.findMany({ select: { status: true, attempts: true } });
    expect(deliveries).toHaveLength(requests);
    expect(deliveries.every((delivery) => delivery.status === "DELIVERED" && delivery.attempts === 1)).toBe(true);
    expect(one.child.exitCode).toBeNull();
    expect(two.child.exitCode).toBeNull();
  }, 180_000);
});

/**
 * Webhook latency: two app instances (`next start` on the production build, each running the
 * delivery loop from instrumentation.ts, default poll interval) on one scratch database, a local
 * receiver, and a series of real changes (an admin adds a catalog version through the app's own
 * createVersion, which enqueues `catalog.version.created` in its transaction). Measured per change:
 * from the call that makes the change to the receiver getting the signed request. Target: median
 * ≤ 2 s; every event delivered exactly once.
 */
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { BenchReport } from "@/scripts/bench/run";
import { ensureProductionBuild } from "@/scripts/bench/lib/build";
import { startServer, type RunningServer } from "@/scripts/lib/app-server";
import { applyMigrations } from "@/lib/server/db/migrate";
import { createVersionSchema } from "@/lib/schemas/catalog";
import { createScratchDatabase } from "@/scripts/lib/scratch-database";
import { Receiver } from "@/tests/support/webhook-receiver";

const CHANGES = 40;
const PORTS = [Number(process.env.BENCH_PORT ?? 3300) + 10, Number(process.env.BENCH_PORT ?? 3300) + 11];

export default async function run(): Promise<BenchReport> {
  await ensureProductionBuild(console.log);
  const database = await createScratchDatabase("bench_webhooks");
  const servers: RunningServer[] = [];
  const receiver = await new Receiver().listen();
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    process.env.WEBHOOK_SECRET_KEY = randomBytes(32).toString("base64url");
    process.env.WEBHOOK_ALLOW_PRIVATE = "1";
    const secret = randomBytes(32).toString("base64url");
    for (const port of PORTS) servers.push(await startServer({ port, databaseUrl: database.url, secret, poolSize: 4 }));

    const { prisma } = await import("@/lib/server/db/prisma");
    const { createVersion } = await import("@/lib/server/catalog/create-version");
    const { createWebhookEndpoint } = await import("@/lib/server/webhooks/manage-endpoints");
    const admin = await prisma.user.create({ data: { email: "bench-admin@example.com", roles: ["ADMIN"] }, select: { id: true, email: true } });
    const actor = { id: admin.id, email: admin.email, active: true, roles: ["ADMIN" as const], teamIds: [] };
    await prisma.architecture.create({ data: { key: "SDXL", name: "Stable Diffusion XL" } });
    const checkpoint = await prisma.checkpoint.create({ data: { slug: "bench", name: "Bench" }, select: { id: true } });
    await createWebhookEndpoint(actor, { url: receiver.url, description: "bench", eventTypes: ["catalog.version.created"] });

    const startedAt = new Map<string, number>();
    for (let index = 0; index < CHANGES; index += 1) {
      const started = Date.now();
      const input = createVersionSchema.parse({ checkpointId: checkpoint.id, version: `v${index}`, kind: "BASE", architectureKey: "SDXL" });
      const { versionId } = await createVersion(actor, input);
      startedAt.set(versionId, started);
      // Changes arrive at random moments, not in step with the instances' polling.
      await sleep(150 + Math.random() * 350);
    }
    const deadline = Date.now() + 60_000;
    while (receiver.acknowledged().length < CHANGES && Date.now() < deadline) await sleep(100);
    await sleep(2_000); // a late duplicate would show up here

    const events = receiver.acknowledged().map((request) => ({
      id: request.headers["webhook-id"]!,
      at: request.at,
      versionId: (JSON.parse(request.body) as { data: { versionId: string } }).data.versionId,
    }));
    const latencies = events.map((event) => event.at - startedAt.get(event.versionId)!).sort((a, b) => a - b);
    const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    const distinct = new Set(events.map((event) => event.id)).size;
    const median = quantile(0.5);
    const results = {
      changes: CHANGES,
      delivered: events.length,
      distinct,
      instances: PORTS.length,
      medianMs: median,
      p90Ms: quantile(0.9),
      maxMs: latencies.at(-1),
      minMs: latencies[0],
      pollMs: Number(process.env.WEBHOOK_POLL_MS ?? 500),
    };
    await prisma.$disconnect();
    return {
      name: "webhooks",
      summary: [
        `${CHANGES} changes, two app instances delivering: ${events.length} deliveries, ${distinct} distinct events`,
        `change → delivery: median ${median} ms, p90 ${results.p90Ms} ms, min ${results.minMs} ms, max ${results.maxMs} ms`,
      ],
      results,
      checks: [
        { target: "webhook delivered within 2 s of the change (median), two instances", met: median <= 2_000, detail: `median ${median} ms` },
        {
          target: "every event delivered exactly once",
          met: events.length === CHANGES && distinct === CHANGES,
          detail: `${events.length} deliveries of ${distinct} events for ${CHANGES} changes`,
        },
      ],
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await receiver.close();
    await database.drop();
  }
}

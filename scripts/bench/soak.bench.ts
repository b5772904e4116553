/**
 * `npm run bench -- soak`: one server under browse load for SOAK_SECONDS (default 600) at 20
 * connections, then idle for a minute and a full garbage collection, recording the server's resident memory (from /proc) and its
 * V8 heap and catalogue cache (`/bench/memory`) before, every 30 s, after, and after the idle minute.
 * The load walks many distinct filter sets and pages, so the catalogue cache reaches its bounds.
 * Target: the resident memory at the end within 20% of its value after the first minute.
 * SOAK_SNAPSHOTS=1 also writes a heap snapshot after a full collection at the first minute and at the
 * end, and reports what grew between the two (scripts/bench/lib/heap-summary.ts), how many responses
 * each still held, and what holds one at the end (scripts/bench/lib/heap-retainers.ts).
 */
import autocannon from "autocannon";
import { get } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { BenchReport } from "@/scripts/bench/run";
import { residentBytes, startBenchServer } from "@/scripts/bench/lib/bench-server";
import { findRetention, type Retention } from "@/scripts/bench/lib/heap-retainers";
import { readHeapSnapshot } from "@/scripts/bench/lib/heap-snapshot";
import { heapGrowth, summariseHeapSnapshot, type HeapSummary } from "@/scripts/bench/lib/heap-summary";

const log = (line: string) => console.log(line);
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const SAMPLE_SECONDS = 30;
const IDLE_SECONDS = 60;
const SNAPSHOTS = process.env.SOAK_SNAPSHOTS === "1";
const ARCHES = ["SDXL", "SD1", "FLUX1", "SD3", "SD2"];
const USES = ["COMMERCIAL_OUTPUTS", "RESEARCH", "INTERNAL_EXPLORATION"];

interface Sample {
  at: string;
  seconds: number;
  rssMb: number;
  heapUsedMb: number;
  /** V8's heap spaces, used MB each. */
  spacesMb: Record<string, number>;
  snapshot: string | null;
  cacheEntries: number;
  cacheMb: number;
}

/** 2,000 distinct browse addresses: more than the cache holds, as many users' filters would be. */
function browsePaths(): string[] {
  const paths: string[] = [];
  for (let page = 1; paths.length < 2_000; page += 1) {
    for (const arch of ARCHES) paths.push(`/?arch=${arch}&page=${page}`);
    for (const use of USES) paths.push(`/?approved=${use}&page=${page}`);
  }
  return paths;
}

/** A GET without a deadline: writing a snapshot of a large heap takes minutes, longer than fetch waits for headers. */
function getJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve(JSON.parse(body)));
    }).on("error", reject);
  });
}

export default async function run(): Promise<BenchReport> {
  const { server, cookie } = await startBenchServer(log, { nodeArgs: ["--expose-gc"] });
  const started = Date.now();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  const sample = async (at: string, { collect = false, snapshot = false } = {}): Promise<Sample> => {
    const query = [collect && "gc=1", snapshot && "snapshot=1"].filter(Boolean).join("&");
    const memory = (await getJson(`${server.baseUrl}/bench/memory${query ? `?${query}` : ""}`)) as {
      heapUsed: number;
      spaces: Record<string, number>;
      snapshot: string | null;
      catalogCache: { entries: number; bytes: number };
    };
    const result = {
      at,
      seconds: Math.round((Date.now() - started) / 1000),
      rssMb: mb(residentBytes(server.pid)),
      heapUsedMb: mb(memory.heapUsed),
      spacesMb: Object.fromEntries(Object.entries(memory.spaces).map(([space, bytes]) => [space, mb(bytes)])),
      snapshot: memory.snapshot,
      cacheEntries: memory.catalogCache.entries,
      cacheMb: mb(memory.catalogCache.bytes),
    };
    log(
      `  ${result.at.padEnd(12)} ${String(result.seconds).padStart(5)} s  RSS ${result.rssMb} MB  heap ${result.heapUsedMb} MB  cache ${result.cacheEntries} entries, ${result.cacheMb} MB`,
    );
    return result;
  };
  const samples: Sample[] = [];
  let requests = 0;
  let non2xx = 0;
  try {
    samples.push(await sample("before"));
    const paths = browsePaths();
    let next = 0;
    const load = autocannon({
      url: server.baseUrl,
      connections: 20,
      duration: SOAK_SECONDS,
      headers: { cookie },
      requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
    });
    const sampling = (async () => {
      for (let elapsed = SAMPLE_SECONDS; elapsed < SOAK_SECONDS; elapsed += SAMPLE_SECONDS) {
        await sleep(SAMPLE_SECONDS * 1000);
        samples.push(await sample(`load ${elapsed} s`, SNAPSHOTS && elapsed === 60 ? { collect: true, snapshot: true } : {}));
      }
    })();
    const result = await load;
    await sampling;
    requests = result.requests.total;
    non2xx = result.non2xx + result.errors;
    samples.push(await sample("after"));
    await sleep(IDLE_SECONDS * 1000);
    samples.push(await sample("after idle"));
    // A full collection: what the heap still holds is retained, not garbage waiting for a GC.
    samples.push(await sample("after GC", { collect: true, snapshot: SNAPSHOTS }));
  } finally {
    await server.stop();
  }
  const firstMinute = samples.find((each) => each.seconds >= 60) ?? samples[1] ?? samples[0]!;
  const after = samples.find((each) => each.at === "after")!;
  const growth = Math.round((after.rssMb / firstMinute.rssMb - 1) * 100);
  const snapshots = samples.flatMap((each) => (each.snapshot ? [each.snapshot] : []));
  // Each snapshot is read once (a large one takes minutes): its summary, and the responses it still
  // holds — a response object still in the heap after a full collection is a request the server still holds.
  const summaries: HeapSummary[] = [];
  const retentions: Retention[] = [];
  for (const file of snapshots) {
    const snapshot = await readHeapSnapshot(file, { edges: true });
    summaries.push(summariseHeapSnapshot(snapshot));
    retentions.push(findRetention(snapshot, "ServerResponse"));
  }
  const grown =
    summaries.length === 2
      ? heapGrowth(summaries[0]!, summaries[1]!, 20).map(
          (group) => `  ${(group.bytesDelta / 2 ** 20).toFixed(1).padStart(7)} MB ${String(group.countDelta).padStart(8)}×  ${group.key}`,
        )
      : [];
  const retainedResponses = retentions.map((retention) => retention.count);
  const lastPath = retentions.at(-1)?.shortestPath ?? [];
  return {
    name: "soak",
    summary: [
      `${SOAK_SECONDS} s at 20 connections over ${browsePaths().length} browse addresses: ${requests} requests (${non2xx} not 2xx)`,
      ...samples.map(
        (each) =>
          `${each.at.padEnd(12)} ${String(each.seconds).padStart(5)} s  RSS ${each.rssMb} MB  heap ${each.heapUsedMb} MB  cache ${each.cacheEntries} entries / ${each.cacheMb} MB`,
      ),
      `RSS after the load vs after its first minute: ${growth >= 0 ? "+" : ""}${growth}%${SNAPSHOTS ? " (with snapshots: writing one grows RSS by the heap's size, so judge the target on a run without them)" : ""}`,
      ...samples.map(
        (each) =>
          `${each.at.padEnd(12)} heap spaces (MB): ${Object.entries(each.spacesMb)
            .map(([space, used]) => `${space} ${used}`)
            .join(", ")}`,
      ),
      ...(retainedResponses.length > 0 ? [`Responses still held after a full collection: ${retainedResponses.join(" at the first minute, ")} at the end`] : []),
      ...(lastPath.length > 0
        ? [
            `What holds the nearest one at the end (scripts/bench/lib/heap-retainers.ts, ${lastPath.length} steps):`,
            ...lastPath.slice(0, 40).map((step) => `  ${step}`),
          ]
        : []),
      ...(grown.length > 0 ? [`Grew most between the heap snapshots (${snapshots.join(" → ")}):`, ...grown] : []),
    ],
    results: { soakSeconds: SOAK_SECONDS, requests, non2xx, samples, growthPercent: growth, retainedResponses },
    checks: [
      { target: "every soak request answered 2xx", met: non2xx === 0, detail: `${non2xx} of ${requests}` },
      {
        target: "RSS after the soak within 20% of its value after the first minute",
        met: Math.abs(growth) <= 20,
        detail: `${firstMinute.rssMb} → ${after.rssMb} MB (${growth}%)`,
      },
    ],
  };
}

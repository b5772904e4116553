/**
 * `npm run bench -- browse-cpu`: the server's own CPU time per request of the browse pages and their
 * references, from /proc, not the requests per second of the catalog benchmark. Throughput on this
 * shared 2-core machine drifts by tens of percent within minutes and shares the cores with the load
 * generator and PostgreSQL; CPU time per request is what a change to a page's rendering changes.
 * Each round sends 400 requests at 4 connections to each page in turn; seven rounds, the median.
 */
import autocannon from "autocannon";
import type { BenchReport } from "@/scripts/bench/run";
import { APPROVED_PATH, BROWSE_PATH } from "@/scripts/bench/catalog.bench";
import { cpuMilliseconds, startBenchServer } from "@/scripts/bench/lib/bench-server";

const REQUESTS = 400;
const CONNECTIONS = 4;
const ROUNDS = 7;

const log = (line: string) => console.log(line);

export default async function run(): Promise<BenchReport> {
  const { server, cookie } = await startBenchServer(log);
  const pages = [
    { name: "empty dynamic page (floor)", path: "/bench/empty-page" },
    { name: "empty signed-in page (reference)", path: "/bench/signed-in" },
    { name: `browse ${BROWSE_PATH}`, path: BROWSE_PATH },
    { name: `browse ${APPROVED_PATH}`, path: APPROVED_PATH },
  ];
  const samples = new Map<string, number[]>(pages.map((page) => [page.path, []]));
  const bytes = new Map<string, number>();
  try {
    for (const page of pages) {
      const response = await fetch(`${server.baseUrl}${page.path}`, { headers: { cookie } });
      if (!response.ok) throw new Error(`${page.path} answered ${response.status}`);
      bytes.set(page.path, (await response.text()).length);
      await autocannon({ url: `${server.baseUrl}${page.path}`, headers: { cookie }, connections: CONNECTIONS, amount: REQUESTS });
    }
    log(`Measuring (${ROUNDS} rounds of ${REQUESTS} requests per page at ${CONNECTIONS} connections)...`);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const page of pages) {
        const before = cpuMilliseconds(server.pid);
        const result = await autocannon({ url: `${server.baseUrl}${page.path}`, headers: { cookie }, connections: CONNECTIONS, amount: REQUESTS });
        if (result.non2xx > 0 || result.errors > 0) throw new Error(`${page.path}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
        samples.get(page.path)!.push((cpuMilliseconds(server.pid) - before) / result.requests.total);
      }
    }
  } finally {
    await server.stop();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const measured = pages.map((page) => ({
    ...page,
    bytes: bytes.get(page.path)!,
    msPerRequest: median(samples.get(page.path)!),
    rounds: samples.get(page.path)!,
  }));
  const floor = measured[0]!.msPerRequest;
  const round2 = (value: number) => Math.round(value * 100) / 100;
  return {
    name: "browse-cpu",
    summary: [
      `${"page".padEnd(58)} ${"CPU ms/request".padStart(14)} ${"floor / page".padStart(12)} ${"HTML bytes".padStart(10)}`,
      ...measured.map(
        (page) =>
          `${page.name.padEnd(58)} ${page.msPerRequest.toFixed(2).padStart(14)} ${round2(floor / page.msPerRequest)
            .toFixed(2)
            .padStart(12)} ${String(page.bytes).padStart(10)}   rounds: ${page.rounds.map((value) => value.toFixed(1)).join(" ")}`,
      ),
    ],
    results: measured,
    checks: [],
  };
}

/**
 * `npm run bench -- browse-profile`: a CPU profile of the server under the browse benchmark's load
 * (`node --cpu-prof` on `next start`; 20 connections on `/?arch=SDXL&page=10`, then on the
 * acceptance filter, 10 s each after a warm-up), summarised by self time per package or app file
 * and per function. The .cpuprofile stays in bench/profiles/ (open it in Chrome's DevTools).
 */
import { mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { BenchReport } from "@/scripts/bench/run";
import { APPROVED_PATH, BROWSE_PATH } from "@/scripts/bench/catalog.bench";
import { startBenchServer } from "@/scripts/bench/lib/bench-server";
import { summariseCpuProfile } from "@/scripts/bench/lib/cpu-profile";
import { measureHttp } from "@/scripts/bench/lib/http-load";

const log = (line: string) => console.log(line);

export default async function run(): Promise<BenchReport> {
  const dir = path.resolve("bench", "profiles", new Date().toISOString().replace(/[:.]/g, "-"));
  mkdirSync(dir, { recursive: true });
  const { server, cookie } = await startBenchServer(log, { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
  let loads;
  try {
    log("Profiling under load (each: 3 s warm-up, 10 s at 20 connections)...");
    loads = {
      browse: await measureHttp(`${server.baseUrl}${BROWSE_PATH}`, { cookie }),
      approved: await measureHttp(`${server.baseUrl}${APPROVED_PATH}`, { cookie }),
    };
  } finally {
    await server.stop();
  }
  // The profile is written when the server exits; the largest file is the server's own.
  const profiles = readdirSync(dir)
    .filter((file) => file.endsWith(".cpuprofile"))
    .map((file) => path.join(dir, file))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!profiles[0]) throw new Error(`next start wrote no CPU profile into ${dir}`);
  const summary = summariseCpuProfile(profiles[0]);
  const line = (share: { name: string; ms: number; percent: number }) =>
    `${String(share.percent).padStart(5)}%  ${String(share.ms).padStart(6)} ms  ${share.name}`;
  return {
    name: "browse-profile",
    summary: [
      `${BROWSE_PATH}: ${loads.browse.requestsPerSecond} req/s · ${APPROVED_PATH}: ${loads.approved.requestsPerSecond} req/s`,
      `profile ${path.relative(process.cwd(), profiles[0])}: ${summary.busyMs} ms busy of ${summary.totalMs} ms`,
      "self time by package or app file (share of busy time):",
      ...summary.groups.map(line),
      "self time by function:",
      ...summary.functions.map(line),
    ],
    results: { profile: profiles[0], loads, ...summary },
    checks: [],
  };
}

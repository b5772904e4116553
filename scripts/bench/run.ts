/**
 * `npm run bench`: runs every `scripts/bench/*.bench.ts` in turn (or only those named on the command
 * line, e.g. `npm run bench -- catalog`), prints each one's table, and writes all results as JSON to
 * bench/results/<timestamp>.json. Each bench module default-exports `run(): Promise<BenchReport>`.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface BenchReport {
  name: string;
  /** Lines to print (a table or a short summary). */
  summary: string[];
  /** Anything measured, as JSON. */
  results: unknown;
  /** Targets met or missed, each with the numbers that decide it. */
  checks: { target: string; met: boolean; detail: string }[];
}

const dir = path.join(process.cwd(), "scripts", "bench");
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();

const reports: BenchReport[] = [];
for (const file of files) {
  console.log(`\n━━ ${file} ━━`);
  const benchModule = (await import(pathToFileURL(path.join(dir, file)).href)) as { default: () => Promise<BenchReport> };
  const report = await benchModule.default();
  reports.push(report);
  console.log(report.summary.join("\n"));
  for (const check of report.checks) console.log(`${check.met ? "✓" : "✗"} ${check.target}: ${check.detail}`);
}

mkdirSync(path.join("bench", "results"), { recursive: true });
const file = path.join("bench", "results", `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  JSON.stringify({ at: new Date().toISOString(), machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, reports }, null, 2),
);
console.log(`\nResults written to ${file}`);
process.exit(0);

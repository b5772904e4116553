/**
 * `npm test`: every layer in order — types, lint, unit, integration (real PostgreSQL), end-to-end
 * (Chromium against the production build) — stopping at the first failure, then a summary.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

interface Step {
  name: string;
  script: string;
  args?: string[];
  results?: string;
  count?: (results: unknown) => string;
}

const vitestCount = (results: unknown) => {
  const r = results as { numTotalTests: number; numPassedTests: number; numFailedTests: number; numTotalTestSuites: number };
  return `${r.numPassedTests}/${r.numTotalTests} tests passed`;
};

// Each run writes its results to a folder of its own: two runs at once must not read each other's.
const runDir = `tests/.tmp/test-run-${process.pid}`;

const steps: Step[] = [
  { name: "types", script: "typecheck" },
  { name: "lint", script: "lint" },
  {
    name: "unit",
    script: "test:unit",
    args: ["--reporter=default", "--reporter=json", `--outputFile.json=${runDir}/unit-results.json`],
    results: `${runDir}/unit-results.json`,
    count: vitestCount,
  },
  {
    name: "integration",
    script: "test:integration",
    args: ["--reporter=default", "--reporter=json", `--outputFile.json=${runDir}/integration-results.json`],
    results: `${runDir}/integration-results.json`,
    count: vitestCount,
  },
  {
    name: "end-to-end",
    script: "test:e2e",
    results: `${runDir}/e2e-results.json`,
    count: (results) => {
      const stats = (results as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
      const total = stats.expected + stats.unexpected + stats.flaky + stats.skipped;
      return `${stats.expected}/${total} tests passed`;
    },
  },
];

function run(step: Step): Promise<number> {
  return new Promise((resolve) => {
    const args = ["run", step.script, ...(step.args ? ["--", ...step.args] : [])];
    const child = spawn("npm", args, {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", E2E_RESULTS_FILE: `${runDir}/e2e-results.json` },
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

mkdirSync(runDir, { recursive: true });
const summary: string[] = [];
let failed = false;
for (const step of steps) {
  if (step.results) rmSync(step.results, { force: true });
  console.log(`\n━━ ${step.name} ━━ npm run ${step.script}`);
  const started = Date.now();
  const code = await run(step);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let detail = code === 0 ? "ok" : `FAILED (exit ${code})`;
  if (step.results && step.count) {
    try {
      detail = `${detail}, ${step.count(JSON.parse(readFileSync(step.results, "utf8")))}`;
    } catch {
      // no results file: the step failed before running tests
    }
  }
  summary.push(`  ${step.name.padEnd(12)} ${detail} (${seconds} s)`);
  if (code !== 0) {
    failed = true;
    break;
  }
}
console.log(`\n━━ summary ━━\n${summary.join("\n")}${failed ? "\n  stopped at the first failing layer" : ""}`);
rmSync(runDir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);

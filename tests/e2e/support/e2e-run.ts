import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * What one end-to-end run owns, so that two runs on one machine — even in one checkout — never
 * share a port, a data folder or a build: the app's port (E2E_PORT, or the first free slot from
 * 3100), the local OpenID provider's port (app port + 99), and tests/.tmp/e2e-<port>/ holding the
 * embedded database, the production build and its tsconfig.
 *
 * playwright.config.ts runs in the test runner and again in every worker: the runner picks the
 * port and puts it in E2E_PORT, which the workers inherit, so all of them agree.
 */
export interface E2eRun {
  port: number;
  oidcPort: number;
  root: string;
  dataDir: string;
  distDir: string;
  tsconfig: string;
}

const FIRST_PORT = 3100;
const SLOTS = 90;
const OIDC_OFFSET = 99;
const SLOT_DIR = "tests/.tmp/e2e-slots";

export function e2eRun(): E2eRun {
  if (!process.env.E2E_PORT) process.env.E2E_PORT = String(claimFreeSlot());
  const port = Number(process.env.E2E_PORT);
  if (!Number.isInteger(port) || port <= 0 || port > 65535 - OIDC_OFFSET) throw new Error(`E2E_PORT must be a port number, not "${process.env.E2E_PORT}".`);
  const root = `tests/.tmp/e2e-${port}`;
  return { port, oidcPort: port + OIDC_OFFSET, root, dataDir: `${root}/data`, distDir: `${root}/next`, tsconfig: `${root}/tsconfig.build.json` };
}

/**
 * The build's tsconfig for this run's build folder. Next adds its build folder's types to the
 * tsconfig it builds with; pointing it at a copy of its own keeps tsconfig.build.json untouched.
 */
export function writeRunTsconfig(run: E2eRun): void {
  mkdirSync(run.root, { recursive: true });
  const base = JSON.parse(readFileSync("tsconfig.build.json", "utf8")) as { include: string[]; exclude: string[] };
  const up = path.relative(run.root, ".");
  const rebase = (entry: string) => path.posix.join(up, entry);
  writeFileSync(
    run.tsconfig,
    `${JSON.stringify(
      {
        extends: rebase("tsconfig.build.json"),
        include: [...base.include.filter((entry) => !entry.startsWith(".next/")).map(rebase), "next/types/**/*.ts"],
        exclude: base.exclude.map(rebase),
      },
      null,
      2,
    )}\n`,
  );
}

/** The first slot whose lock this process can take and whose two ports are free. */
function claimFreeSlot(): number {
  mkdirSync(SLOT_DIR, { recursive: true });
  for (let slot = 0; slot < SLOTS; slot += 1) {
    const port = FIRST_PORT + slot;
    const lock = path.join(SLOT_DIR, `${port}.lock`);
    if (!takeLock(lock)) continue;
    if (portsFree([port, port + OIDC_OFFSET])) {
      // Released when this run ends; a run that was killed leaves a lock whose process is gone.
      process.once("exit", () => rmSync(lock, { force: true }));
      return port;
    }
    rmSync(lock, { force: true });
  }
  throw new Error(`No free end-to-end slot between ports ${FIRST_PORT} and ${FIRST_PORT + SLOTS - 1}; set E2E_PORT.`);
}

function takeLock(lock: string): boolean {
  try {
    const fd = openSync(lock, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch {
    const owner = Number(readFileSync(lock, "utf8"));
    // An empty lock is one another run is writing this very moment.
    if (!owner || processAlive(owner)) return false;
    // The run that held it is gone: take it over.
    writeFileSync(lock, String(process.pid));
    return true;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether nothing listens on these ports (checked by binding them, in a child process: the config is synchronous). */
function portsFree(ports: number[]): boolean {
  const probe = `const net=require("net");let left=${ports.length};for(const p of ${JSON.stringify(ports)}){const s=net.createServer();s.once("error",()=>process.exit(1));s.listen(p,()=>s.close(()=>{if(--left===0)process.exit(0)}))}`;
  try {
    execFileSync(process.execPath, ["-e", probe], { stdio: "ignore", timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { dataRoot } from "@/scripts/lib/data-dir";
import { FatalError } from "@/scripts/lib/fatal-error";
import { keepExtendedQueriesTogether } from "@/scripts/lib/pglite-queue-patch";

/**
 * The embedded PostgreSQL: PGlite with its data under .data/pglite, served over the Postgres wire
 * protocol on a loopback port so the app, Prisma and `pg` use it like any server. A data folder
 * can be opened by one process only, so the process that opens it records itself in
 * .data/embedded.json and every other command connects through that process instead.
 */

interface EmbeddedState {
  pid: number;
  port: number | null;
  owner: string;
  startedAt: string;
}

export interface EmbeddedDatabase {
  url: string;
  /** True when this process opened the data folder (and must stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

const statePath = () => path.join(dataRoot(), "embedded.json");
const pgliteDir = () => path.join(dataRoot(), "pglite");

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readState(): Promise<EmbeddedState | null> {
  try {
    return JSON.parse(await readFile(statePath(), "utf8")) as EmbeddedState;
  } catch {
    return null;
  }
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** The embedded database another live process is serving, if any (waits while it is still starting). */
export async function findRunningEmbeddedDatabase(timeoutMs = 60_000): Promise<{ url: string; owner: string; pid: number } | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await readState();
    if (!state || !isAlive(state.pid) || state.pid === process.pid) return null;
    if (state.port !== null && (await canConnect(state.port))) {
      return { url: embeddedUrl(state.port), owner: state.owner, pid: state.pid };
    }
    if (Date.now() > deadline) {
      throw new Error(`The embedded database is held by process ${state.pid} (${state.owner}) but does not answer.`);
    }
    await sleep(200);
  }
}

/** Claims the data folder: creates the state file exclusively; clears one left by a dead process. */
async function claim(owner: string): Promise<boolean> {
  await mkdir(dataRoot(), { recursive: true });
  const state: EmbeddedState = { pid: process.pid, port: null, owner, startedAt: new Date().toISOString() };
  try {
    await writeFile(statePath(), JSON.stringify(state), { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const existing = await readState();
    if (existing && isAlive(existing.pid)) return false;
    await rm(statePath(), { force: true });
    return claim(owner);
  }
}

/**
 * Connects to the embedded database: through the process that already serves it, or by opening
 * it here. `port` 0 picks a free port.
 */
export async function openEmbeddedDatabase(options: { owner: string; exclusive?: boolean }): Promise<EmbeddedDatabase> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const running = await findRunningEmbeddedDatabase();
    if (running && !options.exclusive) return { url: running.url, owned: false, stop: async () => {} };
    if (running && running.owner === options.owner) {
      throw new FatalError(`${options.owner} is already running (process ${running.pid}) on this embedded database; stop it first.`);
    }
    // An exclusive opener (the server) waits for a short-lived command to finish with the folder.
    if (!running && (await claim(options.owner))) return startHere(options.owner, 0);
    await sleep(250);
  }
  throw new FatalError("Timed out waiting for another process to release the embedded database.");
}

async function startHere(owner: string, port: number): Promise<EmbeddedDatabase> {
  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    const fresh = !existsSync(pgliteDir());
    await mkdir(pgliteDir(), { recursive: true });
    db = await PGlite.create({ dataDir: pgliteDir() });
    if (fresh) await db.exec("SELECT 1");
    server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
    keepExtendedQueriesTogether(server);
    await server.start();
    const actualPort = server.getServerConn().split(":").pop();
    const state: EmbeddedState = { pid: process.pid, port: Number(actualPort), owner, startedAt: new Date().toISOString() };
    await writeFile(statePath(), JSON.stringify(state));
    let stopped = false;
    return {
      url: embeddedUrl(state.port!),
      owned: true,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await server?.stop().catch(() => {});
        await db?.close().catch(() => {});
        const current = await readState();
        if (current?.pid === process.pid) await rm(statePath(), { force: true });
      },
    };
  } catch (error) {
    await server?.stop().catch(() => {});
    await db?.close().catch(() => {});
    await rm(statePath(), { force: true });
    throw error;
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { nextBin } from "@/scripts/lib/next-bin";

export interface RunningServer {
  baseUrl: string;
  /** The server process's id (its memory is read from /proc). */
  pid: number;
  stop(): Promise<void>;
}

/**
 * `next start` on an existing production build, against the given database, until stopped: the
 * benchmarks' server, and the two app instances of tests/e2e/two-instances.spec.ts.
 */
export async function startServer(options: {
  port: number;
  databaseUrl: string;
  secret: string;
  poolSize?: number;
  /** Node options for the server process, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** The build folder (NEXT_DIST_DIR); `.next` when not given. */
  distDir?: string;
  /** Serve the floors under app/bench/ (404 otherwise). On unless turned off. */
  benchRoutes?: boolean;
}): Promise<RunningServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), nextBin, "start", "--port", String(options.port), "--hostname", "127.0.0.1"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: options.databaseUrl,
        DATABASE_POOL_SIZE: String(options.poolSize ?? 10),
        NEXTAUTH_SECRET: options.secret,
        NEXTAUTH_URL: baseUrl,
        ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
        CHECKPOINT_BENCH_ROUTES: options.benchRoutes === false ? "" : "1",
      },
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));

  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await Promise.race([exited, sleep(10_000)]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { baseUrl, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`next start did not become healthy within 60 s:\n${output}`);
}

import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createPrismaClient } from "@/lib/server/db/client";
import { ensureBenchDatabase } from "@/scripts/bench/lib/bench-database";
import { ensureProductionBuild } from "@/scripts/bench/lib/build";
import { sessionCookie } from "@/scripts/bench/lib/session";
import { startServer, type RunningServer } from "@/scripts/lib/app-server";

/** The benchmark database, the production build, and `next start` on them, with the demo admin's session cookie. */
export async function startBenchServer(log: (line: string) => void, options: { nodeArgs?: string[] } = {}): Promise<{ server: RunningServer; cookie: string }> {
  const database = await ensureBenchDatabase(log);
  log(database.rebuilt ? `Benchmark database built in ${database.buildSeconds} s.` : "Benchmark database is current.");
  await ensureProductionBuild(log);
  const prisma = createPrismaClient(database.url, { maxConnections: 1 });
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" }, select: { id: true, email: true, name: true } });
  await prisma.$disconnect();
  const secret = randomBytes(32).toString("base64url");
  const server = await startServer({ port: Number(process.env.BENCH_PORT ?? 3300), databaseUrl: database.url, secret, nodeArgs: options.nodeArgs });
  return { server, cookie: await sessionCookie(admin, secret) };
}

/** The server process's resident memory, from /proc (Linux). */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** The CPU time the process has used, user and system, in milliseconds, from /proc (Linux, where USER_HZ is 100). */
export function cpuMilliseconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

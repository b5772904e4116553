import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { setTimeout as sleep } from "node:timers/promises";
import { createPrismaClient } from "@/lib/server/db/client";
import { sessionCookie } from "@/scripts/bench/lib/session";
const require = createRequire(import.meta.url);
const url = "postgresql://postgres@127.0.0.1:5432/cr_bench";
const prisma = createPrismaClient(url);
const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
await prisma.$disconnect();
const secret = "probe-secret";
const cookie = await sessionCookie(admin, secret);
const child = spawn(process.execPath, ["--cpu-prof", "--cpu-prof-dir=/tmp/prof-e", require.resolve("next/dist/bin/next"), "start", "--port", "3302", "--hostname", "127.0.0.1"], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "http://127.0.0.1:3302" },
});
for (let i = 0; i < 100; i++) { try { if ((await fetch("http://127.0.0.1:3302/api/health")).ok) break; } catch {} await sleep(200); }
const path = process.argv[2] ?? "/?arch=SDXL&page=10";
for (let i = 0; i < 30; i++) await (await fetch("http://127.0.0.1:3302" + path, { headers: { cookie } })).text();
const t = performance.now();
for (let i = 0; i < 150; i++) await (await fetch("http://127.0.0.1:3302" + path, { headers: { cookie } })).text();
console.log("avg ms", (performance.now() - t) / 150);
child.kill("SIGINT");
await sleep(3000);
process.exit(0);

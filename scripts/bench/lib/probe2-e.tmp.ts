import autocannon from "autocannon";
import { createPrismaClient } from "@/lib/server/db/client";
import { sessionCookie } from "@/scripts/bench/lib/session";
import { startServer } from "@/scripts/bench/lib/server";
const url = "postgresql://postgres@127.0.0.1:5432/cr_bench";
const prisma = createPrismaClient(url);
const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
await prisma.$disconnect();
const secret = "probe-secret";
const cookie = await sessionCookie(admin, secret);
const server = await startServer({ port: 3301, databaseUrl: url, secret });
for (const path of process.argv.slice(2)) {
  await autocannon({ url: server.baseUrl + path, connections: 10, duration: 2, headers: { cookie } });
  const r = await autocannon({ url: server.baseUrl + path, connections: 10, duration: 5, headers: { cookie } });
  console.log(path.padEnd(40), r.requests.average, "req/s p50", r.latency.p50, "non2xx", r.non2xx);
}
await server.stop();
process.exit(0);

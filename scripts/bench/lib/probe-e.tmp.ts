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
for (const path of ["/bench/empty-page", "/?arch=SDXL&page=10", "/?arch=SDXL&page=10", "/?arch=SDXL&page=10", "/catalog", "/bench/empty-page"]) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = await fetch(server.baseUrl + path, { headers: { cookie } });
    size = (await r.text()).length;
    times.push(Math.round(performance.now() - t));
  }
  console.log(path, times.join(","), "ms", size, "bytes");
}
await server.stop();
process.exit(0);

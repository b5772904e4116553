import { prisma } from "@/lib/server/db/prisma";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for `npm start` and load balancers. */
export async function GET() {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "error", code: "DATABASE_UNREACHABLE" }, { status: 503 });
  }
}

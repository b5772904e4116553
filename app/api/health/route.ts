import { isDatabaseReachable } from "@/lib/server/health/database-reachable";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for `npm start` and load balancers. */
export async function GET() {
  if (await isDatabaseReachable()) return Response.json({ status: "ok" });
  return Response.json({ status: "error", code: "DATABASE_UNREACHABLE" }, { status: 503 });
}

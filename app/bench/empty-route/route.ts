import { benchRoutesEnabled } from "@/lib/server/bench-routes";

// The floor of `npm run bench` for API routes: a dynamic route handler that does nothing; 404
// unless the bench started the server.
export const dynamic = "force-dynamic";

export function GET() {
  if (!benchRoutesEnabled())
    return Response.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}

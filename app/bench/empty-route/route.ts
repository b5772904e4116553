// The floor of `npm run bench` for API routes: a dynamic route handler that does nothing.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}

import { openApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** GET /api/v1/openapi.json — the OpenAPI 3.1 description of /api/v1 (no token needed: it holds no data). */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}

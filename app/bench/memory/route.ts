import { benchRoutesEnabled } from "@/lib/server/bench-routes";
import { catalogCache } from "@/lib/server/catalog/catalog-cache-instance";

// For `npm run bench -- soak`: this process's memory and its catalogue cache's size; 404 unless the
// bench started the server.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  if (!benchRoutesEnabled())
    return Response.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  // With ?gc=1 and a server started with --expose-gc: a full collection first, so the heap is what is retained.
  if (new URL(request.url).searchParams.has("gc")) (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return Response.json(
    { rss, heapUsed, heapTotal, external, arrayBuffers, catalogCache: catalogCache().stats() },
    { headers: { "Cache-Control": "no-store" } },
  );
}

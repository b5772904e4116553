import { tmpdir } from "node:os";
import path from "node:path";
import { getHeapSpaceStatistics, writeHeapSnapshot } from "node:v8";
import { benchRoutesEnabled } from "@/lib/server/bench-routes";
import { catalogCache } from "@/lib/server/catalog/catalog-cache-instance";

// For `npm run bench -- soak`: this process's memory and its catalogue cache's size; 404 unless the
// bench started the server.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  if (!benchRoutesEnabled())
    return Response.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  // With ?gc=1 and a server started with --expose-gc: a full collection first, so the heap is what is retained.
  const params = new URL(request.url).searchParams;
  if (params.has("gc")) (globalThis as { gc?: () => void }).gc?.();
  // With ?snapshot=1: a heap snapshot written to the temporary folder, its file named in the answer.
  const snapshot = params.has("snapshot") ? writeHeapSnapshot(path.join(tmpdir(), `checkpoint-registry-${process.pid}-${Date.now()}.heapsnapshot`)) : null;
  const { rss, heapUsed, heapTotal, external, arrayBuffers } = process.memoryUsage();
  return Response.json(
    {
      rss,
      heapUsed,
      heapTotal,
      external,
      arrayBuffers,
      catalogCache: catalogCache().stats(),
      snapshot,
      spaces: Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_used_size])),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

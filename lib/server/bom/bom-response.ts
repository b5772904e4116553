import "server-only";
import type { CycloneDxBom } from "@/lib/bom/cyclonedx-bom";

/** CycloneDX's registered media type, with the spec version. */
export const CYCLONEDX_MEDIA_TYPE = "application/vnd.cyclonedx+json; version=1.6";

/** A BOM as a response; `fileName` makes it a download (the signed-in pages' buttons). */
export function bomResponse(bom: CycloneDxBom, fileName?: string): Response {
  const headers: Record<string, string> = { "Content-Type": CYCLONEDX_MEDIA_TYPE, "Cache-Control": "private, no-store" };
  if (fileName) headers["Content-Disposition"] = `attachment; filename="${fileName}"`;
  return new Response(JSON.stringify(bom, null, 2), { headers });
}

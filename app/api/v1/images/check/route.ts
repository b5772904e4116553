import { canCheckImages } from "@/lib/policy/capabilities";
import { authorizeApiRequest } from "@/lib/server/api/authenticate";
import { imageCheckResponse } from "@/lib/server/images/image-check-response";

export const dynamic = "force-dynamic";

/**
 * POST /api/v1/images/check — "was this image made with an approved model?" Body: the image's
 * metadata as JSON — `models` as extracted, or `parameters` (A1111), `prompt` / `workflow` (ComfyUI)
 * — and an optional `team`. Answers per use, with the models identified and their approvals. Read-only.
 */
export async function POST(request: Request) {
  const caller = await authorizeApiRequest(request, (actor) => canCheckImages(actor));
  if (caller instanceof Response) return caller;
  return imageCheckResponse(request, caller.actor);
}

import { canCheckImages } from "@/lib/policy/capabilities";
import { apiError } from "@/lib/server/api/responses";
import { getCurrentUser, toActor } from "@/lib/server/auth/current-user";
import { imageCheckResponse } from "@/lib/server/images/image-check-response";

export const dynamic = "force-dynamic";

/** POST /check-image/check: the /check-image page's check of one image's extracted metadata (signed-in session). Writes nothing. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED", "Sign in to continue.");
  const actor = toActor(user);
  const decision = canCheckImages(actor);
  if (!actor || !decision.allowed) return apiError("FORBIDDEN", decision.allowed ? "Sign in to continue." : decision.reason);
  return imageCheckResponse(request, actor);
}

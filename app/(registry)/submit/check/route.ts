import { canSubmit } from "@/lib/policy/capabilities";
import { apiError, apiJson } from "@/lib/server/api/responses";
import { getCurrentUser, toActor } from "@/lib/server/auth/current-user";
import { previewSubmissionChecks } from "@/lib/server/submissions/queries";
import { readSubmissionDraft } from "@/lib/schemas/submission";

export const dynamic = "force-dynamic";

/**
 * POST /submit/check with the submit form's fields (multipart): the checks the request would get,
 * computed from what the form holds so far, and the effective status of every use. Writes nothing.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED", "Sign in to continue.");
  const decision = canSubmit(toActor(user));
  if (!decision.allowed) return apiError("FORBIDDEN", decision.reason);
  const form = await request.formData().catch(() => null);
  if (!form) return apiError("INVALID_REQUEST", "Send the form's fields as multipart/form-data.");
  return apiJson(await previewSubmissionChecks(readSubmissionDraft(form)));
}

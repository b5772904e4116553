import { canSubmit, type Decision } from "@/lib/policy/capabilities";
import { apiError, apiJson } from "@/lib/server/api/responses";
import { getCurrentUser, toActor } from "@/lib/server/auth/current-user";
import { findVersionsByHashes, searchCheckpoints, searchVersions } from "@/lib/server/submissions/queries";

export const dynamic = "force-dynamic";

/**
 * The submit form's pickers (signed-in session, not API tokens):
 * GET /submit/search?type=versions&q=…      catalogued versions by name, alias or label
 * GET /submit/search?type=checkpoints&q=…   checkpoints by name
 * GET /submit/search?type=hashes&sha256=…&short=…   versions whose file has these hashes (merge recipes)
 */
export async function GET(request: Request) {
  const refusal = await refuse(canSubmit);
  if (refusal) return refusal;
  const url = new URL(request.url);
  const query = (url.searchParams.get("q") ?? "").slice(0, 100);
  switch (url.searchParams.get("type")) {
    case "versions":
      return apiJson({ results: await searchVersions(query) });
    case "checkpoints":
      return apiJson({ results: await searchCheckpoints(query) });
    case "hashes":
      return apiJson({ matches: await findVersionsByHashes(url.searchParams.getAll("sha256"), url.searchParams.getAll("short")) });
    default:
      return apiError("INVALID_REQUEST", "type must be versions, checkpoints or hashes.");
  }
}

async function refuse(check: (actor: ReturnType<typeof toActor>) => Decision): Promise<Response | null> {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED", "Sign in to continue.");
  const decision = check(toActor(user));
  return decision.allowed ? null : apiError("FORBIDDEN", decision.reason);
}

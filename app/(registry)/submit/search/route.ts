import { canSubmit, type Decision } from "@/lib/policy/capabilities";
import { apiError, apiJson } from "@/lib/server/api/responses";
import { getCurrentUser, toActor } from "@/lib/server/auth/current-user";
import { findBaseVersions, findVersionsByHashes, searchCheckpoints, searchVersions } from "@/lib/server/submissions/queries";
import { ARCHITECTURE_KEYS } from "@/lib/safetensors/architecture";
import { z } from "zod";

export const dynamic = "force-dynamic";

const basesQuery = z.object({ architecture: z.enum(ARCHITECTURE_KEYS) });

/**
 * The submit form's pickers (signed-in session, not API tokens):
 * GET /submit/search?type=versions&q=…      catalogued versions by name, alias or label
 * GET /submit/search?type=checkpoints&q=…   checkpoints by name
 * GET /submit/search?type=hashes&sha256=…&short=…   versions whose file has these hashes (merge recipes)
 * GET /submit/search?type=bases&architecture=FLUX1   the BASE versions of an architecture (a dropped file's proposed parent)
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
    case "bases": {
      const parsed = basesQuery.safeParse({ architecture: url.searchParams.get("architecture") });
      if (!parsed.success) return apiError("INVALID_REQUEST", `architecture must be one of ${ARCHITECTURE_KEYS.join(", ")}.`);
      return apiJson({ bases: await findBaseVersions(parsed.data.architecture) });
    }
    default:
      return apiError("INVALID_REQUEST", "type must be versions, checkpoints, hashes or bases.");
  }
}

async function refuse(check: (actor: ReturnType<typeof toActor>) => Decision): Promise<Response | null> {
  const user = await getCurrentUser();
  if (!user) return apiError("UNAUTHENTICATED", "Sign in to continue.");
  const decision = check(toActor(user));
  return decision.allowed ? null : apiError("FORBIDDEN", decision.reason);
}

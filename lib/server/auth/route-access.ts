import "server-only";
import type { Actor, Decision } from "@/lib/policy/capabilities";
import { getCurrentUser, toActor, type CurrentUser } from "@/lib/server/auth/current-user";

/**
 * For route handlers under the signed-in UI (downloads, exports): the session's user if the policy
 * allows, else the JSON refusal to return — 401 without a session, 403 with the policy's reason.
 */
export async function authorizeRoute(check: (actor: Actor | null) => Decision): Promise<CurrentUser | Response> {
  const user = await getCurrentUser();
  const decision = check(toActor(user));
  if (!user || !decision.allowed) {
    return Response.json(
      { error: { code: user ? "FORBIDDEN" : "UNAUTHENTICATED", message: decision.allowed ? "" : decision.reason } },
      { status: user ? 403 : 401 },
    );
  }
  return user;
}

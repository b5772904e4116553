import type { LookupResponse } from "@/lib/api/lookup-response";
import { parseLookupQuery } from "@/lib/catalog/lookup-query";
import { canBrowse, canRelyOnTeamApprovals } from "@/lib/policy/capabilities";
import { apiRoute } from "@/lib/server/api/api-route";
import { authorizeApiRequest } from "@/lib/server/api/authenticate";
import { apiError, apiJson } from "@/lib/server/api/responses";
import { findTeamIdBySlug, lookupFile } from "@/lib/server/catalog/queries";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/lookup?sha256=<hex>|autov2=<10 hex>[&use=<USE>][&team=<slug>] — which catalogued
 * versions have this file (by AutoV2: every version whose SHA-256 starts with it), and for which uses it is approved right now. With `use`, `approved` answers yes or no and
 * `approvals` lists the approvals that allow it, with their conditions. A team's own approvals are
 * for its members to rely on: asking about a team the caller does not belong to is refused (403).
 */
export const GET = apiRoute("GET /api/v1/lookup", async (request: Request) => {
  const caller = await authorizeApiRequest(request, canBrowse);
  if (caller instanceof Response) return caller;

  const parsed = parseLookupQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError("INVALID_REQUEST", "Some query parameters are invalid.", parsed.errors);
  const { query } = parsed;
  if (query.team) {
    const teamId = await findTeamIdBySlug(query.team);
    // Not 404: that means "no catalogued version has this file", which a pipeline reads as a verdict.
    if (!teamId) return apiError("INVALID_REQUEST", "Some query parameters are invalid.", { team: `There is no team "${query.team}".` });
    const decision = canRelyOnTeamApprovals(caller.actor, teamId);
    if (!decision.allowed) return apiError("FORBIDDEN", decision.reason);
  }
  const matches = await lookupFile(query);
  if (matches.length === 0) {
    return apiError(
      "NOT_FOUND",
      query.autov2 ? "No catalogued checkpoint version has a SHA-256 starting with this AutoV2." : "No catalogued checkpoint version has this SHA-256.",
    );
  }

  // The body is typed by the schema the OpenAPI description publishes (lib/api/lookup-response.ts).
  const body: LookupResponse = {
    ...(query.autov2 ? { autov2: query.autov2 } : { sha256: query.sha256 }),
    team: query.team ?? null,
    matches: matches.map((match) => ({ ...match, url: `/checkpoints/${match.id}`, api: `/api/v1/versions/${match.id}` })),
  };
  if (!query.use) return apiJson(body);
  const approvals = matches.flatMap((match) => match.approvals.map((approval) => ({ versionId: match.id, ...approval })));
  return apiJson({ ...body, use: query.use, approved: approvals.length > 0, approvals } satisfies LookupResponse);
});

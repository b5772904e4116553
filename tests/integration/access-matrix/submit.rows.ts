import { only, type CallContext, type MatrixRow } from "./support/matrix";

// Submitting for team A: only its members may (canSubmitForTeam). Each call gets a fresh catalogued
// version, so no call finds an open request left by another.

async function freshVersion({ db, unique }: CallContext): Promise<string> {
  const slug = unique("matrix-checkpoint");
  const checkpoint = await db.checkpoint.create({
    data: { slug, name: `Matrix ${slug}`, versions: { create: { version: "1.0", kind: "BASE", architectureKey: "SDXL" } } },
    select: { versions: { select: { id: true } } },
  });
  return checkpoint.versions[0]!.id;
}

const submissionFields = async (context: CallContext) => ({
  mode: "existing",
  teamId: context.world.teamA.id,
  versionId: await freshVersion(context),
  uses: ["INTERNAL_EXPLORATION", "RESEARCH"],
  justification: "We want to explore this checkpoint for internal mood boards.",
});

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: "app/(registry)/submit/actions.ts",
    name: "submitReviewRequestAction",
    allowed: only("member"),
    audit: "review.submitted",
    args: async (context) => [null, context.form(await submissionFields(context))],
  },
  {
    kind: "route",
    file: "app/(registry)/submit/check/route.ts",
    method: "POST",
    // A preview of the checks a submission would get: anyone who may submit at all (has a team).
    allowed: only("member", "otherTeamMember"),
    audit: "read-only",
    request: async (context) => ({
      request: new Request("http://localhost:3000/submit/check", { method: "POST", body: context.form(await submissionFields(context)) }),
    }),
  },
];

// The import reads public metadata for the form and writes nothing: anyone who may submit at all.
// Offline input (a pasted Civitai answer), so the matrix never needs the network.
rows.push({
  kind: "action",
  file: "app/(registry)/submit/actions.ts",
  name: "importCheckpointAction",
  allowed: only("member", "otherTeamMember"),
  audit: "read-only",
  args: () => [{ mode: "paste", text: JSON.stringify({ id: 1840221, modelId: 921337, name: "v2.0", baseModel: "SDXL 1.0", files: [] }) }],
});

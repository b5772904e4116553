import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { importCheckpoint } from "@/lib/server/intake/import-checkpoint";
import { submitReviewRequest } from "@/lib/server/submissions/submit-review-request";
import { AppError } from "@/lib/server/errors";
import type { SubmissionInput } from "@/lib/schemas/submission";
import { createUser } from "../reviews/world";
import { tableCounts, withIntakeWorld } from "./support";

// The submission that follows an import records where the facts came from, in its own transaction
// and audit event; a receipt the registry did not sign is refused with nothing written.

withIntakeWorld();

async function submitter() {
  const tag = randomBytes(3).toString("hex");
  const team = await prisma.team.create({ data: { name: `Intake ${tag}`, slug: `intake-${tag}` }, select: { id: true } });
  const user = await createUser(prisma, tag, "member", [], [team.id]);
  return { user, teamId: team.id, tag };
}

async function importedSubmission(teamId: string, tag: string) {
  const outcome = await importCheckpoint({ mode: "reference", reference: "https://civitai.com/models/921337?modelVersionId=1840221" });
  if (outcome.status !== "imported") throw new Error(outcome.problem.message);
  const { prefill } = outcome;
  const input: SubmissionInput = {
    mode: "new",
    teamId,
    checkpointId: null,
    checkpointName: `${prefill.checkpointName} ${tag}`,
    importReceipt: outcome.receipt,
    version: prefill.version!,
    kind: prefill.kind!,
    architectureKey: prefill.architectureKey!,
    publisher: prefill.publisher,
    parentIds: prefill.parents.map((parent) => parent.id),
    licenseIds: prefill.licenseIds,
    creatorTerms: {
      present: true,
      allowCommercialUse: prefill.creatorTerms!.allowCommercialUse,
      allowNoCredit: false,
      allowDerivatives: true,
      allowDifferentLicense: false,
      text: null,
      sourceUrl: prefill.creatorTerms!.sourceUrl,
    },
    sourceUrl: prefill.sourceUrl,
    sha256: prefill.sha256,
    fileSizeBytes: BigInt(prefill.fileSizeBytes ?? 0),
    fileName: prefill.fileName,
    uses: ["INTERNAL_EXPLORATION"],
    justification: "Mood boards for the coastal campaign.",
    detectedArchitecture: null,
  };
  return { input, outcome };
}

describe("a submission after an import", () => {
  it("records the source URL, fetch time and response SHA-256 with the version, in the request's one audit event", async () => {
    const { user, teamId, tag } = await submitter();
    const { input, outcome } = await importedSubmission(teamId, tag);
    const { requestId, versionId } = await submitReviewRequest(user.actor, input);

    const rows = await prisma.versionFactSource.findMany({ where: { versionId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source: "CIVITAI",
      via: "FETCHED",
      pageUrl: "https://civitai.com/models/921337?modelVersionId=1840221",
      responseUrl: outcome.provenance.responses[0]!.url,
      responseSha256: outcome.provenance.responses[0]!.sha256,
    });
    expect(rows[0]!.fetchedAt?.toISOString()).toBe(outcome.provenance.responses[0]!.fetchedAt);

    const events = await prisma.auditEvent.findMany({ where: { subjectId: requestId }, select: { action: true, after: true } });
    expect(events.map((event) => event.action)).toEqual(["review.submitted"]);
    const after = events[0]!.after as { createdVersion: { factSources: unknown[] } };
    expect(after.createdVersion.factSources).toEqual([expect.objectContaining({ source: "CIVITAI", responseSha256: outcome.provenance.responses[0]!.sha256 })]);
  });

  it("refuses a receipt the registry did not sign (or one altered), writing nothing", async () => {
    const { user, teamId, tag } = await submitter();
    const { input, outcome } = await importedSubmission(teamId, tag);
    const [payload] = outcome.receipt.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ ...outcome.provenance, pageUrl: "https://civitai.com/models/1" })).toString("base64url");
    const before = await tableCounts();
    for (const receipt of [`${forgedPayload}.${outcome.receipt.split(".")[1]}`, `${payload}.AAAA`, "not-a-receipt"]) {
      const error = await submitReviewRequest(user.actor, { ...input, importReceipt: receipt } as SubmissionInput).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).fieldErrors?.importReceipt).toBeTruthy();
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("a version typed by hand records no source", async () => {
    const { user, teamId, tag } = await submitter();
    const { input } = await importedSubmission(teamId, tag);
    const { versionId } = await submitReviewRequest(user.actor, { ...input, importReceipt: undefined } as SubmissionInput);
    expect(await prisma.versionFactSource.count({ where: { versionId } })).toBe(0);
  });
});

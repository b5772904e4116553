import "server-only";
import { canSubmitForTeam, type Actor } from "@/lib/policy/capabilities";
import type { PrismaClient } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertAllowed, ValidationError } from "@/lib/server/errors";
import { prisma } from "@/lib/server/db/prisma";
import { notifyReviewers } from "@/lib/server/notifications/notify";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import { checkCataloguedVersion } from "@/lib/server/submissions/submission-checks";
import { createSubmittedVersion, type CreatedCatalogFacts } from "@/lib/server/submissions/submitted-version";
import { recordFactSources } from "@/lib/server/intake/record-fact-sources";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import { OPEN_STATUSES, SIGN_OFF_CAPACITIES } from "@/lib/reviews/review-state";
import type { SubmissionInput } from "@/lib/schemas/submission";
import { enqueueWebhookEvent } from "@/lib/server/webhooks/enqueue-webhook-event";

/**
 * Files a review request for a team: for a catalogued version, or for a new one that is created in
 * the catalog in the same transaction. The submission checks are computed inside that transaction
 * and stored on the request; every reviewer who can sign is notified.
 */
export async function submitReviewRequest(actor: Actor, input: SubmissionInput, db: PrismaClient = prisma): Promise<{ requestId: string; versionId: string }> {
  assertAllowed(canSubmitForTeam(actor, input.teamId));
  const auditActor = auditActorOf(actor);

  return db.$transaction(async (tx) => {
    let versionId: string;
    let created: CreatedCatalogFacts | null = null;
    if (input.mode === "existing") {
      const version = await tx.checkpointVersion.findUnique({ where: { id: input.versionId }, select: { id: true } });
      if (!version) throw new ValidationError("Please correct the highlighted fields.", { versionId: ["That version is not in the catalog."] });
      versionId = version.id;
    } else {
      ({ versionId, created } = await createSubmittedVersion(tx, actor.id, input, input));
      if (input.importReceipt) created.version.factSources = await recordFactSources(tx, versionId, input.importReceipt);
    }

    const open = await tx.reviewRequest.findFirst({
      where: { versionId, teamId: input.teamId, status: { in: [...OPEN_STATUSES] } },
      select: { id: true },
    });
    if (open) {
      throw new ValidationError("Your team already has an open request for this version.", {
        [input.mode === "existing" ? "versionId" : "version"]: ["Your team already has an open request for this version: follow that one."],
      });
    }

    const sha256 = input.mode === "existing" ? null : input.sha256;
    const result = await checkCataloguedVersion(tx, versionId, { uses: input.uses, detectedArchitecture: input.detectedArchitecture, sha256 });
    const checks = result?.checks ?? [];
    const request = await tx.reviewRequest.create({
      data: {
        teamId: input.teamId,
        submitterId: actor.id,
        versionId,
        requestedUses: input.uses,
        justification: input.justification,
        checks: checks as unknown as Prisma.InputJsonValue,
        detectedArchitecture: input.detectedArchitecture,
      },
      select: { id: true, version: { select: { version: true, checkpoint: { select: { name: true } } } }, team: { select: { name: true } } },
    });

    await recordAuditEvent(tx, {
      actor: auditActor,
      action: "review.submitted",
      subjectType: "ReviewRequest",
      subjectId: request.id,
      teamId: input.teamId,
      after: {
        versionId,
        newVersion: input.mode === "new",
        requestedUses: input.uses,
        justification: input.justification,
        detectedArchitecture: input.detectedArchitecture,
        checks: checks.map((check) => check.code),
        round: 1,
        status: "SUBMITTED",
        ...(created ? { createdVersion: created.version, ...(created.checkpoint ? { createdCheckpoint: created.checkpoint } : {}) } : {}),
      },
      // A submission of a new checkpoint creates catalog rows too; this one event records them.
      relatedIds: created ? [versionId, ...(created.checkpoint ? [created.checkpoint.id] : [])] : [],
    });

    await enqueueWebhookEvent(tx, "review.submitted", { requestId: request.id, versionId, teamId: input.teamId, uses: input.uses, round: 1 });

    // The browse row of the version (new, or now "in review") reads from this.
    await syncVersionSummaries(tx, [versionId]);

    const versionName = `${request.version.checkpoint.name} ${request.version.version}`;
    await notifyReviewers(tx, SIGN_OFF_CAPACITIES, [actor.id], {
      kind: "review.waiting",
      title: `${versionName} waits for review`,
      body: `${request.team.name} asks for ${input.uses.map((use) => INTENDED_USE_LABELS[use]).join(", ")}.`,
      link: `/reviews/${request.id}`,
    });
    return { requestId: request.id, versionId };
  });
}

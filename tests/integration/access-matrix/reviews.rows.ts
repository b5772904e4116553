import { only, type CallContext, type MatrixRow } from "./support/matrix";

// Review requests of team A, submitted by the member: sign-offs need the reviewer role (and not
// being the submitter); withdrawing and resubmitting are the submitter's. Each call gets a fresh
// request on a fresh version.

const REVIEWS = "app/(registry)/reviews/[id]/actions.ts";

async function freshRequest({ db, unique, world }: CallContext, status: "SUBMITTED" | "IN_REVIEW" | "CHANGES_REQUESTED" = "SUBMITTED") {
  const slug = unique("matrix-reviewed");
  const checkpoint = await db.checkpoint.create({
    data: { slug, name: `Matrix ${slug}`, versions: { create: { version: "1.0", kind: "BASE", architectureKey: "SDXL" } } },
    select: { versions: { select: { id: true } } },
  });
  return db.reviewRequest.create({
    data: {
      teamId: world.teamA.id,
      submitterId: world.users.member.id,
      versionId: checkpoint.versions[0]!.id,
      requestedUses: ["INTERNAL_EXPLORATION"],
      justification: "Internal mood boards for the spring campaign.",
      status,
    },
    select: { id: true, revision: true },
  });
}

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: REVIEWS,
    name: "signOffAction",
    scenario: "as the legal reviewer, requesting changes",
    allowed: only("legalReviewer"),
    audit: "review.changes_requested",
    args: async (context) => {
      const request = await freshRequest(context);
      return [
        null,
        context.form({
          requestId: request.id,
          revision: request.revision,
          capacity: "LEGAL",
          decision: "REQUEST_CHANGES",
          comment: "Name the licence version you rely on.",
        }),
      ];
    },
  },
  {
    kind: "action",
    file: REVIEWS,
    name: "signOffAction",
    scenario: "as the technical reviewer, giving the second approval",
    allowed: only("techReviewer"),
    // The deciding sign-off's one event is the approval it grants.
    audit: "approval.granted",
    args: async (context) => {
      const request = await freshRequest(context, "IN_REVIEW");
      // The legal approval came first, with the waiver the unlicensed version's UNKNOWN use needs.
      await context.db.signOff.create({
        data: {
          requestId: request.id,
          reviewerId: context.world.users.legalReviewer.id,
          capacity: "LEGAL",
          decision: "APPROVE",
          round: 1,
          effectiveTerms: {},
          waivers: [
            {
              use: "INTERNAL_EXPLORATION",
              reason: "LEGAL_OPINION",
              reference: null,
              comment: "Counsel cleared internal use.",
              expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
            },
          ],
        },
      });
      return [null, context.form({ requestId: request.id, revision: request.revision, capacity: "TECHNICAL", decision: "APPROVE" })];
    },
  },
  {
    kind: "action",
    file: REVIEWS,
    name: "signOffAction",
    scenario: "as the technical reviewer, approving",
    allowed: only("techReviewer"),
    audit: "review.signed_off",
    args: async (context) => {
      const request = await freshRequest(context);
      return [null, context.form({ requestId: request.id, revision: request.revision, capacity: "TECHNICAL", decision: "APPROVE" })];
    },
  },
  {
    kind: "action",
    file: REVIEWS,
    name: "withdrawReviewRequestAction",
    allowed: only("member"),
    audit: "review.withdrawn",
    args: async (context) => {
      const request = await freshRequest(context);
      return [null, context.form({ requestId: request.id, revision: request.revision })];
    },
  },
  {
    kind: "action",
    file: REVIEWS,
    name: "resubmitReviewRequestAction",
    allowed: only("member"),
    audit: "review.resubmitted",
    args: async (context) => {
      const request = await freshRequest(context, "CHANGES_REQUESTED");
      return [
        null,
        context.form({
          mode: "request-only",
          requestId: request.id,
          revision: request.revision,
          uses: ["INTERNAL_EXPLORATION", "RESEARCH"],
          justification: "Internal mood boards, and a research comparison as asked.",
        }),
      ];
    },
  },
];

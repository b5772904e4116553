import "server-only";
import { cache } from "react";
import { auditActionName } from "@/lib/audit/actions";
import { canReadReviewRequest, canSignOffAsLegal, canSignOffAsTechnical, canResubmit, canWithdraw, type Actor } from "@/lib/policy/capabilities";
import { creatorTermsFieldsSelect } from "@/lib/server/catalog/version-fields";
import { prisma } from "@/lib/server/db/prisma";
import type { Prisma } from "@/lib/server/generated/prisma/client";
import { getEffectiveTerms } from "@/lib/server/licensing/effective-terms";
import { isVersionOwnedByRequest } from "@/lib/server/submissions/submitted-version";
import type { IntendedUse, TermStatus } from "@/lib/licensing/vocabulary";
import { decideSignOff, SIGN_OFF_CAPACITIES, waitingOn, type ReviewStatus, type SignOffCapacity } from "@/lib/reviews/review-state";
import type { SubmissionCheck } from "@/lib/reviews/submission-checks";
import { usesNeedingWaiver, type ProposedWaiver } from "@/lib/reviews/waiver";
import { storedWaiversSchema } from "@/lib/schemas/review";
import type { EffectiveTermsView } from "@/lib/licensing/effective-terms-view";
import { toEffectiveTermsView } from "@/lib/server/licensing/effective-terms-view";

const detailSelect = {
  id: true,
  status: true,
  round: true,
  revision: true,
  submittedAt: true,
  decidedAt: true,
  justification: true,
  requestedUses: true,
  checks: true,
  detectedArchitecture: true,
  submitterId: true,
  teamId: true,
  team: { select: { name: true, slug: true } },
  submitter: { select: { name: true, email: true } },
  version: {
    select: {
      id: true,
      version: true,
      kind: true,
      publisher: true,
      sha256: true,
      fileSizeBytes: true,
      fileName: true,
      sourceUrl: true,
      architecture: { select: { key: true, name: true } },
      checkpoint: { select: { name: true } },
      licenses: { select: { license: { select: { id: true, key: true, name: true } } }, orderBy: { createdAt: "asc" } },
      parentEdges: { select: { relation: true, parent: { select: { id: true, version: true, checkpoint: { select: { name: true } } } } } },
      creatorTerms: { select: creatorTermsFieldsSelect },
    },
  },
  signOffs: {
    orderBy: [{ round: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      round: true,
      capacity: true,
      decision: true,
      comment: true,
      createdAt: true,
      conditions: true,
      reviewBy: true,
      scopeAllTeams: true,
      waivers: true,
      reviewerId: true,
      reviewer: { select: { name: true, email: true } },
    },
  },
  approval: {
    select: {
      id: true,
      status: true,
      reviewBy: true,
      grantedAt: true,
      conditions: true,
      team: { select: { name: true } },
      uses: { select: { use: true, statusAtApproval: true, condition: true } },
      waivers: { select: { use: true, reason: true, reference: true, comment: true, expiresAt: true } },
    },
  },
} satisfies Prisma.ReviewRequestSelect;

type DetailRow = Prisma.ReviewRequestGetPayload<{ select: typeof detailSelect }>;

export interface HistoryEvent {
  id: string;
  at: Date;
  actor: string;
  action: string;
  after: unknown;
}

export interface ReviewRequestDetail {
  request: Omit<DetailRow, "checks" | "signOffs" | "version"> & {
    versionName: string;
    version: Omit<DetailRow["version"], "fileSizeBytes"> & { fileSizeBytes: number | null };
  };
  checks: SubmissionCheck[];
  signOffs: (Omit<DetailRow["signOffs"][number], "waivers"> & { waivers: ProposedWaiver[] })[];
  /** The effective terms now (an approval keeps its own snapshot). */
  effective: EffectiveTermsView | null;
  history: HistoryEvent[];
  waitingOn: SignOffCapacity[];
  viewer: {
    /** The capacities the viewer may sign in right now; empty hides the controls. */
    signCapacities: SignOffCapacity[];
    canWithdraw: boolean;
    canResubmit: boolean;
    /** Whether a resubmission may correct the version's facts (the request created it and nothing else relies on it). */
    canEditVersion: boolean;
  };
  /** Requested uses that need a waiver to be approved, by the current terms, with their status. */
  usesNeedingWaiver: { use: IntendedUse; status: TermStatus }[];
}

/** A review request as its page shows it; null when it does not exist, "forbidden" when the viewer may not see it. */
export const getReviewRequestDetail = cache(async (id: string, actor: Actor): Promise<ReviewRequestDetail | "forbidden" | null> => {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await prisma.reviewRequest.findUnique({ where: { id }, select: detailSelect });
  if (!row) return null;
  const policyFacts = { submitterId: row.submitterId, teamId: row.teamId, status: row.status };
  if (!canReadReviewRequest(actor, policyFacts).allowed) return "forbidden";

  const historyIds = row.approval ? [row.id, row.approval.id] : [row.id];
  const [terms, events, versionOwned] = await Promise.all([
    getEffectiveTerms(prisma, row.version.id),
    prisma.auditEvent.findMany({
      // The request's events and its approval's, as subject or as a row the action also changed.
      where: { OR: [{ subjectId: { in: historyIds } }, { relatedIds: { hasSome: historyIds } }] },
      orderBy: { id: "asc" },
      select: { id: true, createdAt: true, actorLabel: true, action: true, after: true },
    }),
    row.status === "CHANGES_REQUESTED" ? isVersionOwnedByRequest(prisma, { id: row.id, versionId: row.version.id, submitterId: row.submitterId }) : false,
  ]);

  const { checks, signOffs, version, ...request } = row;
  const signable = (capacity: SignOffCapacity) => {
    const policy = capacity === "LEGAL" ? canSignOffAsLegal(actor, policyFacts) : canSignOffAsTechnical(actor, policyFacts);
    return policy.allowed && decideSignOff(row, signOffs, { reviewerId: actor.id, capacity, decision: "APPROVE" }).ok;
  };
  return {
    request: {
      ...request,
      versionName: `${version.checkpoint.name} ${version.version}`,
      version: { ...version, fileSizeBytes: version.fileSizeBytes === null ? null : Number(version.fileSizeBytes) },
    },
    checks: Array.isArray(checks) ? (checks as unknown as SubmissionCheck[]) : [],
    signOffs: signOffs.map((signOff) => ({ ...signOff, waivers: storedWaiversSchema.catch([]).parse(signOff.waivers) })),
    effective: terms ? toEffectiveTermsView(terms) : null,
    history: events.map((event) => ({
      id: event.id.toString(),
      at: event.createdAt,
      actor: event.actorLabel,
      action: auditActionName(event.action),
      after: event.after,
    })),
    waitingOn: waitingOn(row, signOffs),
    viewer: {
      signCapacities: SIGN_OFF_CAPACITIES.filter(signable),
      canWithdraw: canWithdraw(actor, policyFacts).allowed,
      canResubmit: canResubmit(actor, policyFacts).allowed,
      canEditVersion: versionOwned,
    },
    usesNeedingWaiver: terms ? usesNeedingWaiver(terms, row.requestedUses).map((use) => ({ use, status: terms.uses[use].status })) : [],
  };
});

export interface MyRequestRow {
  id: string;
  versionName: string;
  teamName: string;
  status: ReviewStatus;
  round: number;
  submittedAt: Date;
  requestedUses: IntendedUse[];
}

/** The signed-in person's own requests, newest first. */
export async function listMyRequests(userId: string): Promise<MyRequestRow[]> {
  const rows = await prisma.reviewRequest.findMany({
    where: { submitterId: userId },
    orderBy: { submittedAt: "desc" },
    take: 200,
    select: {
      id: true,
      status: true,
      round: true,
      submittedAt: true,
      requestedUses: true,
      team: { select: { name: true } },
      version: { select: { version: true, checkpoint: { select: { name: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    versionName: `${row.version.checkpoint.name} ${row.version.version}`,
    teamName: row.team.name,
    status: row.status,
    round: row.round,
    submittedAt: row.submittedAt,
    requestedUses: row.requestedUses,
  }));
}

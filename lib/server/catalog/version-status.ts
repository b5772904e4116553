import type { ApprovalStatus, ReviewStatus } from "@/lib/server/generated/prisma/enums";

/** The one-word review state of a version shown in lists: the most telling fact wins. */
export type CatalogStatus = "APPROVED" | "NEEDS_REVIEW" | "IN_REVIEW" | "CHANGES_REQUESTED" | "REJECTED" | "EXPIRED" | "REVOKED" | "NOT_REVIEWED";

export function catalogStatus(
  approvals: { status: ApprovalStatus; reviewBy: Date }[],
  requests: { status: ReviewStatus }[],
  now = new Date(),
): CatalogStatus {
  const live = approvals.map((approval) =>
    approval.status === "ACTIVE" && approval.reviewBy <= now ? "EXPIRED" : approval.status,
  );
  if (live.includes("ACTIVE")) return "APPROVED";
  if (live.includes("NEEDS_REVIEW")) return "NEEDS_REVIEW";
  if (requests.some((request) => request.status === "SUBMITTED" || request.status === "IN_REVIEW")) return "IN_REVIEW";
  if (requests.some((request) => request.status === "CHANGES_REQUESTED")) return "CHANGES_REQUESTED";
  if (live.includes("EXPIRED")) return "EXPIRED";
  if (live.includes("REVOKED")) return "REVOKED";
  if (requests.some((request) => request.status === "REJECTED")) return "REJECTED";
  return "NOT_REVIEWED";
}

import type { IntendedUse } from "@/lib/licensing/vocabulary";

// Where each mark of the overview leads: the list that holds exactly the rows it counts. The
// parameters are those the lists read (lib/catalog/browse-query.ts, lib/schemas/review.ts,
// lib/schemas/approvals-report.ts).

const withQuery = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params).toString()}`;

export const overviewLinks = {
  approvedFor: (use: IntendedUse) => withQuery("/", { approved: use }),
  licence: (key: string) => withQuery("/", { license: key }),
  version: (versionId: string) => `/checkpoints/${versionId}`,
  waitingRequests: () => "/reviews",
  waitingLongerThan: (days: number) => withQuery("/reviews", { olderThan: String(days) }),
  waitingOn: (capacity: "legal" | "technical") => withQuery("/reviews", { waiting: capacity }),
  expiring: (kind: "review" | "waiver", from: string, to: string) => withQuery("/audit/approvals", { expiring: kind, from, to }),
  grantedIn: (month: string) => withQuery("/audit/approvals", { granted: month }),
};

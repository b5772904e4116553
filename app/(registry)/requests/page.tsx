import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import { requireUser } from "@/lib/server/auth/current-user";
import { listMyRequests } from "@/lib/server/reviews/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { ReviewStatusBadge } from "@/components/ui/status-badges";

export const metadata: Metadata = { title: "Your requests" };

export default async function MyRequestsPage() {
  const user = await requireUser("/requests");
  const requests = await listMyRequests(user.id);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Your requests"
        description="What you asked to be approved, and where each request stands."
        actions={
          <Link
            href="/submit"
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-indigo-700 hover:no-underline"
          >
            Submit a checkpoint
          </Link>
        }
      />
      {requests.length === 0 ? (
        <EmptyState>
          You have not submitted anything yet. <Link href="/submit">Submit a checkpoint</Link> for your team.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {requests.map((request) => (
            <li key={request.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
              <Link href={`/reviews/${request.id}`} className="font-medium">
                {request.versionName}
              </Link>
              <ReviewStatusBadge status={request.status} />
              {request.status === "CHANGES_REQUESTED" && (
                <Link href={`/reviews/${request.id}/edit`} className="text-amber-800">
                  Edit and resubmit
                </Link>
              )}
              <span className="text-slate-600">
                {request.teamName} · {request.requestedUses.map((use) => INTENDED_USE_LABELS[use]).join(", ")}
              </span>
              <span className="ml-auto text-slate-500">
                {formatDate(request.submittedAt)}
                {request.round > 1 ? ` · round ${request.round}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

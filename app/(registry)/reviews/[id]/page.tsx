import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ChecksList } from "@/components/reviews/checks-list";
import { SignOffHistory } from "@/components/reviews/sign-off-history";
import { formatBytes, formatDate, kindLabel } from "@/lib/format";
import { INTENDED_USE_LABELS } from "@/lib/licensing/vocabulary";
import { canReadReviewQueue } from "@/lib/policy/capabilities";
import { CAPACITY_LABELS } from "@/lib/reviews/review-state";
import { WAIVER_REASON_LABELS } from "@/lib/reviews/waiver";
import { requireUser, toActor } from "@/lib/server/auth/current-user";
import { getReviewRequestDetail } from "@/lib/server/reviews/queries";
import { SignOffForm } from "./sign-off-form";
import { WithdrawForm } from "./withdraw-form";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ReviewStatusBadge } from "@/components/ui/status-badges";
import { EffectiveTerms } from "@/components/license-stack/effective-terms";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Review request" };

const DONE_MESSAGES: Record<string, string> = {
  submitted: "Your request is submitted. Reviewers have been notified.",
  signed: "Your sign-off is recorded.",
  withdrawn: "The request is withdrawn.",
  resubmitted: "Resubmitted: a new round of review starts.",
};

export default async function ReviewRequestPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const query = await searchParams;
  const user = await requireUser(`/reviews/${id}`);
  const detail = await getReviewRequestDetail(id, toActor(user)!);
  if (detail === null) notFound();
  if (detail === "forbidden") forbidden();
  const { request, effective, viewer } = detail;
  const submittedNow = query.submitted !== undefined && request.submitterId === user.id;
  const done = typeof query.done === "string" ? DONE_MESSAGES[query.done] : submittedNow ? DONE_MESSAGES.submitted : undefined;

  return (
    <article className="space-y-6">
      <PageHeader
        trail={
          <Breadcrumbs
            root={null}
            trail={[
              // The queue is for reviewers; a submitter comes from (and goes back to) their own requests.
              canReadReviewQueue(toActor(user)).allowed ? { href: "/reviews", label: "Review queue" } : { href: "/requests", label: "Your requests" },
              { label: "request" },
            ]}
          />
        }
        title={request.versionName}
        badges={
          <>
            <ReviewStatusBadge status={request.status} />
            <span className="text-sm text-slate-500">round {request.round}</span>
          </>
        }
        description={
          <>
            For {request.team.name} · submitted by {request.submitter.name ?? request.submitter.email} on {formatDate(request.submittedAt)} ·{" "}
            <Link href={`/checkpoints/${request.version.id}`}>catalog entry</Link>
          </>
        }
      >
        {detail.waitingOn.length > 0 && (
          <p className="text-sm text-slate-700">Waiting on: {detail.waitingOn.map((capacity) => `${CAPACITY_LABELS[capacity]} review`).join(" and ")}.</p>
        )}
        {done && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            {done}
          </p>
        )}
      </PageHeader>

      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="request-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2">
          <h2 id="request-heading" className="font-semibold">
            The request
          </h2>
          <p className="text-sm">
            <span className="font-medium">Uses asked for:</span> {request.requestedUses.map((use) => INTENDED_USE_LABELS[use]).join(", ")}
          </p>
          <p className="text-sm whitespace-pre-line text-slate-700">{request.justification}</p>
        </section>
        <section aria-labelledby="version-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="version-heading" className="mb-2 font-semibold">
            The version
          </h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-slate-500">Kind</dt>
            <dd>{kindLabel(request.version.kind)}</dd>
            <dt className="text-slate-500">Architecture</dt>
            <dd>
              {request.version.architecture.name}
              {request.detectedArchitecture && request.detectedArchitecture !== request.version.architecture.key && (
                <span className="text-rose-700"> (file: {request.detectedArchitecture})</span>
              )}
            </dd>
            <dt className="text-slate-500">Licenses</dt>
            <dd>{request.version.licenses.map(({ license }) => license.name).join(" + ") || "None recorded"}</dd>
            <dt className="text-slate-500">Parents</dt>
            <dd>{request.version.parentEdges.map((edge) => `${edge.parent.checkpoint.name} ${edge.parent.version}`).join(", ") || "None"}</dd>
            {request.version.publisher && (
              <>
                <dt className="text-slate-500">Publisher</dt>
                <dd>{request.version.publisher}</dd>
              </>
            )}
            {request.version.fileSizeBytes !== null && (
              <>
                <dt className="text-slate-500">Size</dt>
                <dd>{formatBytes(request.version.fileSizeBytes)}</dd>
              </>
            )}
            <dt className="text-slate-500">SHA-256</dt>
            <dd>{request.version.sha256 ? <code className="text-xs break-all">{request.version.sha256}</code> : "—"}</dd>
          </dl>
        </section>
      </div>

      <section aria-labelledby="checks-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="checks-heading" className="font-semibold">
          Checks at submission
        </h2>
        <ChecksList checks={detail.checks} />
      </section>

      {(viewer.signCapacities.length > 0 || viewer.canWithdraw || viewer.canResubmit) && (
        <section aria-label="Actions" className="space-y-4 rounded-lg border border-indigo-200 bg-white p-4">
          {viewer.signCapacities.length > 0 && effective && (
            <SignOffForm requestId={request.id} revision={request.revision} capacities={viewer.signCapacities} waiverUses={detail.usesNeedingWaiver} />
          )}
          {viewer.canResubmit && (
            <p className="text-sm">
              Reviewers asked for changes.{" "}
              <Link href={`/reviews/${request.id}/edit`} className="font-medium">
                Edit and resubmit
              </Link>
            </p>
          )}
          {viewer.canWithdraw && <WithdrawForm requestId={request.id} revision={request.revision} />}
        </section>
      )}

      {request.approval && (
        <section aria-labelledby="approval-heading" className="space-y-2 rounded-lg border border-emerald-200 bg-white p-4">
          <h2 id="approval-heading" className="font-semibold">
            Standing approval
          </h2>
          <p className="text-sm">
            {request.approval.status} · approved for {request.approval.uses.map((use) => INTENDED_USE_LABELS[use.use]).join(", ")} ·{" "}
            {request.approval.team ? request.approval.team.name : "every team"} · review by {formatDate(request.approval.reviewBy)}
          </p>
          {request.approval.conditions.length > 0 && <p className="text-sm">Conditions: {request.approval.conditions.join("; ")}</p>}
          {request.approval.waivers.map((waiver) => (
            <p key={waiver.use} className="text-sm">
              Waiver for {INTENDED_USE_LABELS[waiver.use]}: {WAIVER_REASON_LABELS[waiver.reason]}
              {waiver.reference ? `, ref. ${waiver.reference}` : ""}, until {formatDate(waiver.expiresAt)}
            </p>
          ))}
          <p>
            <a href={`/approvals/${request.approval.id}/notice`} className="text-sm font-medium" download>
              Download the notice (attribution and use restrictions)
            </a>
          </p>
        </section>
      )}

      <section aria-labelledby="terms-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="terms-heading" className="font-semibold">
          Effective terms now
        </h2>
        {effective ? <EffectiveTerms effective={effective} requestedUses={request.requestedUses} /> : <p className="text-sm">The version no longer exists.</p>}
      </section>

      <section aria-labelledby="history-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="history-heading" className="font-semibold">
          History
        </h2>
        <SignOffHistory signOffs={detail.signOffs} currentRound={request.round} />
        <h3 id="request-audit-heading" className="text-sm font-medium">
          Audit trail of this request
        </h3>
        <ol aria-labelledby="request-audit-heading" className="space-y-1 text-sm text-slate-700">
          {detail.history.map((event) => (
            <li key={event.id}>
              <span className="text-slate-500">{event.at.toISOString().replace("T", " ").slice(0, 16)}</span> · <code>{event.action}</code> by {event.actor}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

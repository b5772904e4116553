import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireUser, toActor } from "@/lib/server/auth/current-user";
import { getReviewRequestDetail } from "@/lib/server/reviews/queries";
import { getSubmitFormOptions } from "@/lib/server/submissions/queries";
import { ResubmitForm } from "./resubmit-form";
import { PageHeader } from "@/components/ui/page-header";
import { creatorTermsState } from "@/lib/schemas/version-facts";

type Params = Promise<{ id: string }>;

export const metadata: Metadata = { title: "Edit and resubmit" };

export default async function ResubmitPage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await requireUser(`/reviews/${id}/edit`);
  const [detail, options] = await Promise.all([getReviewRequestDetail(id, toActor(user)!), getSubmitFormOptions()]);
  if (detail === null) notFound();
  if (detail === "forbidden" || !detail.viewer.canResubmit) forbidden();
  const { request } = detail;
  const lastChanges = detail.signOffs.filter((signOff) => signOff.round === request.round && signOff.decision === "REQUEST_CHANGES");
  const version = request.version;

  return (
    <div className="mx-auto max-w-4xl space-y-4">
      <PageHeader
        trail={
          <p className="text-sm text-slate-500">
            <Link href={`/reviews/${request.id}`}>Back to the request</Link>
          </p>
        }
        title={`Edit and resubmit: ${request.versionName}`}
        description={`Resubmitting starts round ${request.round + 1}: both reviewers sign again.`}
      />
      {lastChanges.map((signOff) => (
        <blockquote key={signOff.id} className="rounded-md border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm">
          <p className="font-medium">{signOff.reviewer.name ?? signOff.reviewer.email} asked for changes:</p>
          <p className="whitespace-pre-line">{signOff.comment}</p>
        </blockquote>
      ))}
      <ResubmitForm
        requestId={request.id}
        revision={request.revision}
        uses={request.requestedUses}
        justification={request.justification}
        editFacts={detail.viewer.canEditVersion}
        facts={{
          version: version.version,
          kind: version.kind,
          architectureKey: version.architecture.key,
          publisher: version.publisher ?? "",
          parents: version.parentEdges.map((edge) => ({ id: edge.parent.id, label: `${edge.parent.checkpoint.name} ${edge.parent.version}` })),
          licenseIds: version.licenses.map(({ license }) => license.id),
          creatorTerms: creatorTermsState(version.creatorTerms),
          sourceUrl: version.sourceUrl ?? "",
          sha256: version.sha256 ?? "",
          fileSizeBytes: version.fileSizeBytes === null ? "" : String(version.fileSizeBytes),
          fileName: version.fileName ?? "",
        }}
        architectures={options.architectures}
        licenses={options.licenses}
        detectedArchitecture={request.detectedArchitecture}
      />
    </div>
  );
}

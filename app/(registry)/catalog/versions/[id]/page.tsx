import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { VersionForm } from "@/components/catalog/version-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Panel } from "@/components/ui/panel";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { getVersionForEdit } from "@/lib/server/catalog/admin-queries";
import {
  addLineageEdgeAction,
  addVersionLicenseAction,
  removeLineageEdgeAction,
  removeVersionLicenseAction,
  updateCreatorTermsAction,
  updateVersionAction,
} from "../../actions";
import { CreatorTermsForm } from "./creator-terms-form";
import { LicenseLayersEditor } from "./license-layers-editor";
import { AddParentForm, ParentList } from "./lineage-editor";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Edit version" };

export default async function EditVersionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ parentQuery?: string; created?: string }>;
}) {
  const { id } = await params;
  await requirePageAccess(canManageCatalog, `/catalog/versions/${id}`);
  const { parentQuery = "", created } = await searchParams;
  const query = typeof parentQuery === "string" ? parentQuery.slice(0, 100) : "";
  const version = await getVersionForEdit(id, query);
  if (!version) notFound();
  const name = `${version.checkpoint.name} ${version.version}`;

  return (
    <div className="space-y-6">
      <PageHeader
        trail={
          <Breadcrumbs
            trail={[
              { href: "/catalog", label: "Catalog" },
              { href: `/catalog/checkpoints/${version.checkpoint.id}`, label: version.checkpoint.name },
              { label: version.version },
            ]}
          />
        }
        title={name}
        actions={<Link href={`/checkpoints/${version.id}`}>View its page</Link>}
      />
      {created && (
        <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Version created. Record its lineage, license layers and creator terms below.
        </p>
      )}
      <p className="text-sm text-slate-600">
        {version.approvalCount} approval{version.approvalCount === 1 ? "" : "s"} of this version and those of its {version.childCount} direct derivative
        {version.childCount === 1 ? "" : "s"} (and their descendants) are flagged for re-review when its lineage, license layers or creator terms change.
      </p>

      <Panel id="licenses" title="License layers">
        <LicenseLayersEditor
          versionId={version.id}
          versionName={name}
          layers={version.layers}
          licenses={version.licenses}
          addAction={addVersionLicenseAction}
          removeAction={removeVersionLicenseAction}
        />
      </Panel>

      <Panel id="lineage" title="Lineage: parents">
        <ParentList parents={version.parents} removeAction={removeLineageEdgeAction} versionName={name} />
        <form role="search" action={`/catalog/versions/${version.id}`} method="get" className="mt-4 flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="parent-query" className="mb-1 block text-sm font-medium">
              Find a parent version
            </label>
            <input
              id="parent-query"
              name="parentQuery"
              defaultValue={query}
              placeholder="e.g. sdxl 1.0"
              className="w-72 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
            />
          </div>
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
            Find
          </button>
        </form>
        {query && (
          <div className="mt-2 divide-y divide-slate-100">
            {version.parentCandidates.length === 0 ? (
              <p className="text-sm text-slate-600">No version matches “{query}”.</p>
            ) : (
              version.parentCandidates.map((candidate) => (
                <AddParentForm key={candidate.id} action={addLineageEdgeAction} childId={version.id} candidate={candidate} />
              ))
            )}
          </div>
        )}
      </Panel>

      <Panel id="creator-terms" title={`Creator terms${version.creatorTerms ? ` (revision ${version.creatorTerms.revision})` : ""}`}>
        <CreatorTermsForm action={updateCreatorTermsAction} versionId={version.id} terms={version.creatorTerms} />
      </Panel>

      <Panel id="details" title="Details">
        <VersionForm action={updateVersionAction} architectures={version.architectures} version={version} />
      </Panel>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LicenseMetadataForm, LicenseRevisionForm } from "@/components/catalog/license-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Panel } from "@/components/ui/panel";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { getLicenseForEdit } from "@/lib/server/catalog/admin-queries";
import { createLicenseRevisionAction, previewLicenseRevisionAction, updateLicenseAction } from "../../actions";
import { RevisionHistory } from "./revision-history";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "License" };

export default async function LicensePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  await requirePageAccess(canManageCatalog, `/catalog/licenses/${id}`);
  const license = await getLicenseForEdit(id);
  if (!license) notFound();
  const { created } = await searchParams;
  const current = license.versions[0] ?? null;

  return (
    <div className="space-y-6">
      <PageHeader
        trail={<Breadcrumbs trail={[{ href: "/catalog", label: "Catalog" }, { label: license.name }]} />}
        title={license.name}
        description={`${license.key} · current revision ${current?.revision ?? "none"} · declared by ${license.usedByCount} version${license.usedByCount === 1 ? "" : "s"}`}
      />
      {created && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">License created with revision 1.</p>}

      <Panel id="terms" title="Change terms">
        <p className="text-sm text-slate-600">
          Terms are never edited in place: saving creates revision {(current?.revision ?? 0) + 1} and keeps revision {current?.revision ?? 0} for the record.
          Every approval that relied on this license — of a version declaring it or of any of their derivatives — is flagged for re-review.
        </p>
        <LicenseRevisionForm action={createLicenseRevisionAction} preview={previewLicenseRevisionAction} licenseId={license.id} current={current} />
      </Panel>

      <Panel id="revisions" title="Revisions">
        <RevisionHistory revisions={license.versions} />
      </Panel>

      <Panel id="declared" title="Declared by">
        {license.usedBy.length === 0 ? (
          <p className="text-sm text-slate-600">No version declares this license yet. Add it as a layer on a version&apos;s catalog page.</p>
        ) : (
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {license.usedBy.map((version) => (
              <li key={version.id}>
                <Link href={`/checkpoints/${version.id}`}>{version.name}</Link>
              </li>
            ))}
            {license.usedByCount > license.usedBy.length && <li className="text-slate-500">and {license.usedByCount - license.usedBy.length} more</li>}
          </ul>
        )}
      </Panel>

      <Panel id="details" title="Details">
        <LicenseMetadataForm action={updateLicenseAction} license={license} />
      </Panel>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CheckpointForm } from "@/components/catalog/checkpoint-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Panel } from "@/components/ui/panel";
import { kindLabel } from "@/lib/format";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { getCheckpointForEdit } from "@/lib/server/catalog/admin-queries";
import { updateCheckpointAction } from "../../actions";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Edit checkpoint" };

export default async function EditCheckpointPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  await requirePageAccess(canManageCatalog, `/catalog/checkpoints/${id}`);
  const checkpoint = await getCheckpointForEdit(id);
  if (!checkpoint) notFound();
  const { created } = await searchParams;

  return (
    <div className="space-y-6">
      <PageHeader trail={<Breadcrumbs trail={[{ href: "/catalog", label: "Catalog" }, { label: checkpoint.name }]} />} title={checkpoint.name} />
      {created && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Checkpoint created. Add its first version below.</p>}
      <Panel
        id="versions"
        title="Versions"
        action={
          <Link
            href={`/catalog/checkpoints/${checkpoint.id}/versions/new`}
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-indigo-700 hover:no-underline"
          >
            New version
          </Link>
        }
      >
        {checkpoint.versions.length === 0 ? (
          <p className="text-sm text-slate-600">No versions yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {checkpoint.versions.map((version) => (
              <li key={version.id} className="flex flex-wrap gap-3 py-2">
                <Link href={`/catalog/versions/${version.id}`} className="font-medium">
                  {version.version}
                </Link>
                <span className="text-slate-600">
                  {kindLabel(version.kind)} · {version.architecture.name}
                </span>
                <Link href={`/checkpoints/${version.id}`} className="ml-auto">
                  View page
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="details" title="Details">
        <CheckpointForm action={updateCheckpointAction} checkpoint={checkpoint} />
      </Panel>
    </div>
  );
}

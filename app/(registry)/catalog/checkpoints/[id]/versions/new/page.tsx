import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VersionForm } from "@/components/catalog/version-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { getNewVersionContext } from "@/lib/server/catalog/admin-queries";
import { createVersionAction } from "../../../../actions";

export const metadata: Metadata = { title: "New version" };

export default async function NewVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess(canManageCatalog, `/catalog/checkpoints/${id}/versions/new`);
  const context = await getNewVersionContext(id);
  if (!context) notFound();
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={[{ href: "/catalog", label: "Catalog" }, { href: `/catalog/checkpoints/${id}`, label: context.checkpoint.name }, { label: "New version" }]} />
      <h1 className="text-2xl font-semibold">New version of {context.checkpoint.name}</h1>
      <p className="text-sm text-slate-600">Lineage, license layers and creator terms are added on the next page.</p>
      <VersionForm action={createVersionAction} architectures={context.architectures} checkpointId={id} />
    </div>
  );
}

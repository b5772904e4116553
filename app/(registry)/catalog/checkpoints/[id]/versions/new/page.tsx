import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VersionForm } from "@/components/catalog/version-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { getNewVersionContext } from "@/lib/server/catalog/admin-queries";
import { createVersionAction } from "../../../../actions";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New version" };

export default async function NewVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess(canManageCatalog, `/catalog/checkpoints/${id}/versions/new`);
  const context = await getNewVersionContext(id);
  if (!context) notFound();
  return (
    <div className="space-y-4">
      <PageHeader
        trail={
          <Breadcrumbs
            trail={[{ href: "/catalog", label: "Catalog" }, { href: `/catalog/checkpoints/${id}`, label: context.checkpoint.name }, { label: "New version" }]}
          />
        }
        title={`New version of ${context.checkpoint.name}`}
        description="Lineage, license layers and creator terms are added on the next page."
      />
      <VersionForm action={createVersionAction} architectures={context.architectures} checkpointId={id} />
    </div>
  );
}

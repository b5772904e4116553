import type { Metadata } from "next";
import { CheckpointForm } from "@/components/catalog/checkpoint-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { createCheckpointAction } from "../../actions";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New checkpoint" };

export default async function NewCheckpointPage() {
  await requirePageAccess(canManageCatalog, "/catalog/checkpoints/new");
  return (
    <div className="space-y-4">
      <PageHeader
        trail={<Breadcrumbs trail={[{ href: "/catalog", label: "Catalog" }, { label: "New checkpoint" }]} />}
        title="New checkpoint"
        description="A named model. Its versions, lineage and licenses are added next."
      />
      <CheckpointForm action={createCheckpointAction} />
    </div>
  );
}

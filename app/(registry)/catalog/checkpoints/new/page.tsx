import type { Metadata } from "next";
import { CheckpointForm } from "@/components/catalog/checkpoint-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { createCheckpointAction } from "../../actions";

export const metadata: Metadata = { title: "New checkpoint" };

export default async function NewCheckpointPage() {
  await requirePageAccess(canManageCatalog, "/catalog/checkpoints/new");
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={[{ href: "/catalog", label: "Catalog" }, { label: "New checkpoint" }]} />
      <h1 className="text-2xl font-semibold">New checkpoint</h1>
      <p className="text-sm text-slate-600">A named model. Its versions, lineage and licenses are added next.</p>
      <CheckpointForm action={createCheckpointAction} />
    </div>
  );
}

import type { Metadata } from "next";
import { NewLicenseForm } from "@/components/catalog/license-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { createLicenseAction } from "../../actions";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New license" };

export default async function NewLicensePage() {
  await requirePageAccess(canManageCatalog, "/catalog/licenses/new");
  return (
    <div className="space-y-4">
      <PageHeader trail={<Breadcrumbs trail={[{ href: "/catalog", label: "Catalog" }, { label: "New license" }]} />} title="New license" />
      <NewLicenseForm action={createLicenseAction} />
    </div>
  );
}

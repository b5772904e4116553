import type { Metadata } from "next";
import { NewLicenseForm } from "@/components/catalog/license-form";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { createLicenseAction } from "../../actions";

export const metadata: Metadata = { title: "New license" };

export default async function NewLicensePage() {
  await requirePageAccess(canManageCatalog, "/catalog/licenses/new");
  return (
    <div className="space-y-4">
      <Breadcrumbs trail={[{ href: "/catalog", label: "Catalog" }, { label: "New license" }]} />
      <h1 className="text-2xl font-semibold">New license</h1>
      <NewLicenseForm action={createLicenseAction} />
    </div>
  );
}

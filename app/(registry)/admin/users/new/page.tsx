import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { canManageUsers, ORG_ROLE_LABELS, ORG_ROLES } from "@/lib/policy/capabilities";
import { listTeamRefs } from "@/lib/server/admin/queries";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { oidcSettings } from "@/lib/server/auth/oidc";
import { CreateUserForm } from "./create-user-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New user · Admin" };

export default async function NewUserPage() {
  await requirePageAccess(canManageUsers, "/admin/users/new");
  const teams = await listTeamRefs();
  const oidc = oidcSettings();
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader
        trail={<Breadcrumbs trail={[{ href: "/admin/users", label: "Users" }, { label: "New user" }]} />}
        title="New user"
        description="Give them an initial password, or invite them to sign in through single sign-on with this email."
      />
      <CreateUserForm
        teams={teams.map(({ id, name }) => ({ id, name }))}
        roles={ORG_ROLES.map((role) => ({ value: role, label: ORG_ROLE_LABELS[role] }))}
        ssoName={oidc?.displayName ?? null}
      />
    </div>
  );
}

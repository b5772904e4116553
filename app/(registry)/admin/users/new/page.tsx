import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { canManageUsers, ORG_ROLE_LABELS, ORG_ROLES } from "@/lib/policy/capabilities";
import { listTeamRefs } from "@/lib/server/admin/queries";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { oidcSettings } from "@/lib/server/auth/oidc";
import { CreateUserForm } from "./create-user-form";

export const metadata: Metadata = { title: "New user · Admin" };

export default async function NewUserPage() {
  await requirePageAccess(canManageUsers, "/admin/users/new");
  const teams = await listTeamRefs();
  const oidc = oidcSettings();
  return (
    <div className="max-w-2xl space-y-4">
      <Breadcrumbs trail={[{ href: "/admin/users", label: "Users" }, { label: "New user" }]} />
      <div>
        <h1 className="text-2xl font-semibold">New user</h1>
        <p className="text-sm text-slate-600">Give them an initial password, or invite them to sign in through single sign-on with this email.</p>
      </div>
      <CreateUserForm
        teams={teams.map(({ id, name }) => ({ id, name }))}
        roles={ORG_ROLES.map((role) => ({ value: role, label: ORG_ROLE_LABELS[role] }))}
        ssoName={oidc?.displayName ?? null}
      />
    </div>
  );
}

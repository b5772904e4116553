import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TokenTable } from "@/components/tokens/token-table";
import { ActionButton } from "@/components/ui/action-button";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { formatDate } from "@/lib/format";
import { canManageUsers, ORG_ROLE_LABELS, ORG_ROLES, type OrgRole } from "@/lib/policy/capabilities";
import { getUserDetail } from "@/lib/server/admin/queries";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { revokeApiTokenAction } from "../../../settings/tokens/actions";
import { grantRoleAction, reactivateUserAction, removeRoleAction, deactivateUserAction } from "../actions";
import { removeTeamMemberAction } from "../../teams/actions";
import { SignInLabel } from "../sign-in-label";
import { AddToTeamForm } from "./add-to-team-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "User · Admin" };

const ROLE_DESCRIPTIONS: Record<OrgRole, string> = {
  ADMIN: "Manages users, teams, roles, the catalog and licenses.",
  LEGAL_REVIEWER: "Signs off review requests as the legal reviewer; revokes approvals.",
  TECH_REVIEWER: "Signs off review requests as the technical reviewer.",
  AUDITOR: "Reads, verifies and exports the audit trail.",
};

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ created?: string }>;

export default async function UserPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const me = await requirePageAccess(canManageUsers, `/admin/users/${id}`);
  const [user, { created }] = await Promise.all([getUserDetail(id), searchParams]);
  if (!user) notFound();
  const self = user.id === me.id;

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        trail={<Breadcrumbs trail={[{ href: "/admin/users", label: "Users" }, { label: user.email }]} />}
        title={user.name ?? user.email}
        description={
          <>
            {user.email} · created {formatDate(user.createdAt)} · signs in with <SignInLabel signIn={user.signIn} />
          </>
        }
        actions={
          user.active ? (
            <Badge tone="good">Active</Badge>
          ) : (
            <Badge tone="bad">Deactivated{user.deactivatedAt ? ` since ${formatDate(user.deactivatedAt)}` : ""}</Badge>
          )
        }
      >
        {created && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">User created.</p>}
      </PageHeader>

      <section aria-labelledby="roles-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="roles-heading" className="border-b border-slate-100 px-5 py-3 text-lg font-semibold">
          Org roles
        </h2>
        <ul className="divide-y divide-slate-100">
          {ORG_ROLES.map((role) => {
            const has = user.roles.includes(role);
            return (
              <li key={role} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                <div>
                  <div className="flex items-center gap-2 font-medium">
                    {ORG_ROLE_LABELS[role]} {has && <Badge tone="info">Granted</Badge>}
                  </div>
                  <p className="text-sm text-slate-600">{ROLE_DESCRIPTIONS[role]}</p>
                </div>
                {has ? (
                  <ActionButton
                    action={removeRoleAction}
                    fields={{ userId: user.id, role }}
                    label="Remove"
                    accessibleLabel={`Remove ${ORG_ROLE_LABELS[role]}`}
                    pendingLabel="Removing…"
                  />
                ) : (
                  <ActionButton
                    action={grantRoleAction}
                    fields={{ userId: user.id, role }}
                    label="Grant"
                    accessibleLabel={`Grant ${ORG_ROLE_LABELS[role]}`}
                    pendingLabel="Granting…"
                    tone="primary"
                  />
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="teams-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="teams-heading" className="border-b border-slate-100 px-5 py-3 text-lg font-semibold">
          Teams
        </h2>
        {user.teams.length === 0 ? (
          <p className="px-5 py-3 text-sm text-slate-600">Not a member of any team: they can browse, but cannot submit.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {user.teams.map((team) => (
              <li key={team.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                <Link href={`/admin/teams/${team.id}`} className="font-medium">
                  {team.name}
                </Link>
                <ConfirmAction
                  action={removeTeamMemberAction}
                  fields={{ teamId: team.id, userId: user.id }}
                  label="Remove from team"
                  accessibleLabel={`Remove from team ${team.name}`}
                  title={`Remove ${user.email} from ${team.name}?`}
                  description="They can no longer submit for this team. Their past requests stay."
                  confirmLabel="Remove from team"
                />
              </li>
            ))}
          </ul>
        )}
        <div className="border-t border-slate-100 px-5 py-3">
          {user.otherTeams.length > 0 ? (
            <AddToTeamForm email={user.email} teams={user.otherTeams.map(({ id: teamId, name }) => ({ id: teamId, name }))} />
          ) : (
            <p className="text-sm text-slate-600">Member of every team.</p>
          )}
        </div>
      </section>

      <section aria-labelledby="tokens-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="tokens-heading" className="border-b border-slate-100 px-5 py-3 text-lg font-semibold">
          API tokens
        </h2>
        <TokenTable tokens={user.tokens} emptyText="No API tokens." revokeAction={revokeApiTokenAction} />
      </section>

      <section aria-labelledby="account-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="account-heading" className="text-lg font-semibold">
          Account
        </h2>
        {user.active ? (
          self ? (
            <p className="mt-1 text-sm text-slate-600">This is your own account: another admin has to deactivate it.</p>
          ) : (
            <div className="mt-2 space-y-2">
              <p className="text-sm text-slate-600">A deactivated user is signed out on their next request and their API tokens stop working.</p>
              <ConfirmAction
                action={deactivateUserAction}
                fields={{ userId: user.id }}
                label="Deactivate user"
                title={`Deactivate ${user.email}?`}
                description="They are signed out on their next request, cannot sign in, and their API tokens stop working until you reactivate them."
                confirmLabel="Deactivate"
              />
            </div>
          )
        ) : (
          <div className="mt-2 space-y-2">
            <p className="text-sm text-slate-600">Reactivating restores their sign-in, roles, teams and unexpired tokens.</p>
            <ActionButton action={reactivateUserAction} fields={{ userId: user.id }} label="Reactivate user" pendingLabel="Reactivating…" tone="primary" />
          </div>
        )}
      </section>
    </div>
  );
}

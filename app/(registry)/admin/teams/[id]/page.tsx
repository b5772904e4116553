import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RoleBadges } from "@/components/admin/role-badges";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { formatDate } from "@/lib/format";
import { canManageUsers } from "@/lib/policy/capabilities";
import { getTeamDetail } from "@/lib/server/admin/queries";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { removeTeamMemberAction } from "../actions";
import { AddMemberForm } from "./add-member-form";
import { RenameTeamForm } from "./rename-team-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Team · Admin" };

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ created?: string }>;

export default async function TeamPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  await requirePageAccess(canManageUsers, `/admin/teams/${id}`);
  const [team, { created }] = await Promise.all([getTeamDetail(id), searchParams]);
  if (!team) notFound();

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        trail={<Breadcrumbs trail={[{ href: "/admin/teams", label: "Teams" }, { label: team.name }]} />}
        title={team.name}
        description={
          <>
            Short name <span className="font-mono">{team.slug}</span> · created {formatDate(team.createdAt)} · {team.members.length}{" "}
            {team.members.length === 1 ? "member" : "members"}
          </>
        }
      >
        {created && <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">Team created. Add its members below.</p>}
      </PageHeader>

      <section aria-labelledby="members-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="members-heading" className="border-b border-slate-100 px-5 py-3 text-lg font-semibold">
          Members
        </h2>
        {team.members.length === 0 ? (
          <p className="px-5 py-4 text-sm text-slate-600">No members yet. Add people by their email below.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {team.members.map((member) => (
              <li key={member.id} className="flex flex-wrap items-center justify-between gap-3 px-5 py-3">
                <div>
                  <Link href={`/admin/users/${member.id}`} className="font-medium">
                    {member.email}
                  </Link>
                  {!member.active && (
                    <span className="ml-2">
                      <Badge tone="bad">Deactivated</Badge>
                    </span>
                  )}
                  <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                    {member.name && <span>{member.name}</span>}
                    <RoleBadges roles={member.roles} />
                    <span>member since {formatDate(member.since)}</span>
                  </div>
                </div>
                <ConfirmAction
                  action={removeTeamMemberAction}
                  fields={{ teamId: team.id, userId: member.id }}
                  label="Remove"
                  accessibleLabel={`Remove ${member.email}`}
                  title={`Remove ${member.email} from ${team.name}?`}
                  description="They can no longer submit for this team. Their past requests stay."
                  confirmLabel="Remove from team"
                />
              </li>
            ))}
          </ul>
        )}
        <div className="border-t border-slate-100 px-5 py-3">
          <AddMemberForm teamId={team.id} />
        </div>
      </section>

      <section aria-labelledby="rename-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="rename-heading" className="text-lg font-semibold">
          Rename
        </h2>
        <RenameTeamForm teamId={team.id} name={team.name} />
      </section>
    </div>
  );
}

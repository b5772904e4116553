import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDate } from "@/lib/format";
import { canManageUsers } from "@/lib/policy/capabilities";
import { listTeams } from "@/lib/server/admin/queries";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { CreateTeamForm } from "./create-team-form";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Teams · Admin" };

export default async function TeamsPage() {
  await requirePageAccess(canManageUsers, "/admin/teams");
  const teams = await listTeams();
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        trail={<Breadcrumbs trail={[{ label: "Teams" }]} />}
        title="Teams"
        description="People submit checkpoints for the teams they belong to; approvals can be scoped to a team."
      />
      {teams.length === 0 ? (
        <EmptyState>No teams yet. Create the first one below.</EmptyState>
      ) : (
        <DataTable
          caption="Teams"
          rows={teams}
          rowKey={(team) => team.id}
          columns={[
            {
              header: "Team",
              cell: (team) => (
                <Link href={`/admin/teams/${team.id}`} className="font-medium">
                  {team.name}
                </Link>
              ),
            },
            { header: "Short name", className: "font-mono text-xs", cell: (team) => team.slug },
            { header: "Members", cell: (team) => team.members },
            { header: "Created", className: "whitespace-nowrap", cell: (team) => formatDate(team.createdAt) },
          ]}
        />
      )}
      <section aria-labelledby="new-team-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="new-team-heading" className="text-lg font-semibold">
          New team
        </h2>
        <CreateTeamForm />
      </section>
    </div>
  );
}

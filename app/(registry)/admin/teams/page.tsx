import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDate } from "@/lib/format";
import { canManageUsers } from "@/lib/policy/capabilities";
import { listTeams } from "@/lib/server/admin/queries";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { CreateTeamForm } from "./create-team-form";

export const metadata: Metadata = { title: "Teams · Admin" };

export default async function TeamsPage() {
  await requirePageAccess(canManageUsers, "/admin/teams");
  const teams = await listTeams();
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumbs trail={[{ label: "Teams" }]} />
      <div>
        <h1 className="text-2xl font-semibold">Teams</h1>
        <p className="text-sm text-slate-600">People submit checkpoints for the teams they belong to; approvals can be scoped to a team.</p>
      </div>
      {teams.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">No teams yet. Create the first one below.</div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Teams</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">Team</th>
                <th scope="col" className="px-4 py-2">Short name</th>
                <th scope="col" className="px-4 py-2">Members</th>
                <th scope="col" className="px-4 py-2">Created</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {teams.map((team) => (
                <tr key={team.id}>
                  <td className="px-4 py-2">
                    <Link href={`/admin/teams/${team.id}`} className="font-medium">
                      {team.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2 font-mono text-xs">{team.slug}</td>
                  <td className="px-4 py-2">{team.members}</td>
                  <td className="px-4 py-2 whitespace-nowrap">{formatDate(team.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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

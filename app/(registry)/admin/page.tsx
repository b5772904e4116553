import type { Metadata } from "next";
import Link from "next/link";
import { canManageUsers } from "@/lib/policy/capabilities";
import { getAdminOverview } from "@/lib/server/admin/queries";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  await requirePageAccess(canManageUsers, "/admin");
  const overview = await getAdminOverview();
  const sections = [
    {
      href: "/admin/users",
      title: "Users",
      body: `${overview.activeUsers} active, ${overview.deactivatedUsers} deactivated, ${overview.admins} ${overview.admins === 1 ? "admin" : "admins"}. Create and invite users, grant and remove roles, deactivate.`,
    },
    {
      href: "/admin/teams",
      title: "Teams",
      body: `${overview.teams} ${overview.teams === 1 ? "team" : "teams"}. Create and rename teams, add and remove members.`,
    },
    {
      href: "/admin/webhooks",
      title: "Webhooks",
      body: "Signed notifications to pipelines and compliance tools when approvals and reviews change; delivery logs.",
    },
    { href: "/catalog", title: "Catalog and licenses", body: "Checkpoints, versions, lineage, creator terms and license versions." },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title="Admin" description="Who may use the registry, in which teams, with which roles." />
      <ul className="grid gap-4 sm:grid-cols-3">
        {sections.map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-5 text-slate-900 no-underline shadow-sm hover:border-indigo-300 hover:no-underline"
            >
              <h2 className="text-lg font-semibold text-indigo-700">{section.title}</h2>
              <p className="mt-1 text-sm text-slate-600">{section.body}</p>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

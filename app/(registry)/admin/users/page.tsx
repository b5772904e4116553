import type { Metadata } from "next";
import Link from "next/link";
import { RoleBadges } from "@/components/admin/role-badges";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { formatDate } from "@/lib/format";
import { canManageUsers } from "@/lib/policy/capabilities";
import { userSearchSchema } from "@/lib/schemas/admin";
import { listUsers } from "@/lib/server/admin/queries";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { SignInLabel } from "./sign-in-label";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Users · Admin" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageAccess(canManageUsers, "/admin/users");
  const { q, page } = userSearchSchema.parse(await searchParams);
  const users = await listUsers({ query: q, page });
  const pageHref = (target: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;

  return (
    <div className="space-y-4">
      <PageHeader
        trail={<Breadcrumbs trail={[{ label: "Users" }]} />}
        title="Users"
        description={`${users.total} ${users.total === 1 ? "user" : "users"}${q ? ` matching “${q}”` : ""}.`}
        actions={
          <>
            <form role="search" action="/admin/users" className="flex gap-2">
              <label htmlFor="user-search" className="sr-only">
                Search users by email or name
              </label>
              <input
                id="user-search"
                name="q"
                defaultValue={q}
                placeholder="Search by email or name"
                className="w-64 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm"
              />
              <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50">
                Search
              </button>
            </form>
            <Link
              href="/admin/users/new"
              className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-indigo-700 hover:no-underline"
            >
              New user
            </Link>
          </>
        }
      />

      {users.rows.length === 0 ? (
        <EmptyState>
          {q ? (
            <>
              No user matches “{q}”. <Link href="/admin/users">Clear the search</Link>.
            </>
          ) : (
            <>
              No users yet. <Link href="/admin/users/new">Create the first one</Link>.
            </>
          )}
        </EmptyState>
      ) : (
        <DataTable
          caption="Users"
          rows={users.rows}
          rowKey={(user) => user.id}
          rowProps={(user) => ({ className: user.active ? "" : "bg-slate-50 text-slate-500" })}
          columns={[
            {
              header: "User",
              cell: (user) => (
                <>
                  <Link href={`/admin/users/${user.id}`} className="font-medium">
                    {user.email}
                  </Link>
                  {user.name && <div className="text-slate-500">{user.name}</div>}
                </>
              ),
            },
            { header: "Roles", cell: (user) => <RoleBadges roles={user.roles} /> },
            {
              header: "Teams",
              cell: (user) => (user.teams.length > 0 ? user.teams.map((team) => team.name).join(", ") : <span className="text-slate-500">None</span>),
            },
            { header: "Signs in with", cell: (user) => <SignInLabel signIn={user.signIn} /> },
            { header: "Status", cell: (user) => (user.active ? <Badge tone="good">Active</Badge> : <Badge tone="bad">Deactivated</Badge>) },
            { header: "Created", className: "whitespace-nowrap", cell: (user) => formatDate(user.createdAt) },
          ]}
        />
      )}

      {users.pageCount > 1 && (
        <nav aria-label="Pages" className="flex items-center justify-between text-sm">
          {users.page > 1 ? <Link href={pageHref(users.page - 1)}>← Previous</Link> : <span />}
          <span className="text-slate-600">
            Page {users.page} of {users.pageCount}
          </span>
          {users.page < users.pageCount ? <Link href={pageHref(users.page + 1)}>Next →</Link> : <span />}
        </nav>
      )}
    </div>
  );
}

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

export const metadata: Metadata = { title: "Users · Admin" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageAccess(canManageUsers, "/admin/users");
  const { q, page } = userSearchSchema.parse(await searchParams);
  const users = await listUsers({ query: q, page });
  const pageHref = (target: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(target) })}`;

  return (
    <div className="space-y-4">
      <Breadcrumbs trail={[{ label: "Users" }]} />
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Users</h1>
          <p className="text-sm text-slate-600">
            {users.total} {users.total === 1 ? "user" : "users"}
            {q ? ` matching “${q}”` : ""}.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
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
          <Link href="/admin/users/new" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-indigo-700 hover:no-underline">
            New user
          </Link>
        </div>
      </div>

      {users.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          {q ? (
            <>
              No user matches “{q}”. <Link href="/admin/users">Clear the search</Link>.
            </>
          ) : (
            <>
              No users yet. <Link href="/admin/users/new">Create the first one</Link>.
            </>
          )}
        </div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Users</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">User</th>
                <th scope="col" className="px-4 py-2">Roles</th>
                <th scope="col" className="px-4 py-2">Teams</th>
                <th scope="col" className="px-4 py-2">Signs in with</th>
                <th scope="col" className="px-4 py-2">Status</th>
                <th scope="col" className="px-4 py-2">Created</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {users.rows.map((user) => (
                <tr key={user.id} className={user.active ? "" : "bg-slate-50 text-slate-500"}>
                  <td className="px-4 py-2">
                    <Link href={`/admin/users/${user.id}`} className="font-medium">
                      {user.email}
                    </Link>
                    {user.name && <div className="text-slate-500">{user.name}</div>}
                  </td>
                  <td className="px-4 py-2">
                    <RoleBadges roles={user.roles} />
                  </td>
                  <td className="px-4 py-2">{user.teams.length > 0 ? user.teams.map((team) => team.name).join(", ") : <span className="text-slate-500">None</span>}</td>
                  <td className="px-4 py-2">
                    <SignInLabel signIn={user.signIn} />
                  </td>
                  <td className="px-4 py-2">{user.active ? <Badge tone="good">Active</Badge> : <Badge tone="bad">Deactivated</Badge>}</td>
                  <td className="px-4 py-2 whitespace-nowrap">{formatDate(user.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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

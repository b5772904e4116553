import type { Metadata } from "next";
import Link from "next/link";
import { StatusBadge } from "@/components/catalog/status-badge";
import { kindLabel } from "@/lib/format";
import { listCatalog } from "@/lib/server/catalog/queries";

export const metadata: Metadata = { title: "Browse" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function BrowsePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = single(params.q) ?? "";
  const catalog = await listCatalog({ query, page: Number(single(params.page) ?? 1) || 1 });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Checkpoints</h1>
          <p className="text-sm text-slate-600">Every catalogued checkpoint version, its license layers and review status.</p>
        </div>
        <form role="search" className="flex gap-2" action="/">
          <label htmlFor="catalog-search" className="sr-only">
            Search by name or alias
          </label>
          <input
            id="catalog-search"
            name="q"
            defaultValue={query}
            placeholder="Search by name or alias"
            className="w-64 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm shadow-sm"
          />
          <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700">
            Search
          </button>
        </form>
      </div>

      {catalog.rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          {query ? (
            <>
              No checkpoint matches “{query}”. <Link href="/">Clear the search</Link>.
            </>
          ) : (
            "The catalog is empty."
          )}
        </div>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Checkpoint versions</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2">Name</th>
                <th scope="col" className="px-4 py-2">Version</th>
                <th scope="col" className="px-4 py-2">Architecture</th>
                <th scope="col" className="px-4 py-2">Kind</th>
                <th scope="col" className="px-4 py-2">License</th>
                <th scope="col" className="px-4 py-2">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {catalog.rows.map((row) => (
                <tr key={row.id} className="hover:bg-slate-50">
                  <td className="px-4 py-2 font-medium">
                    <Link href={`/checkpoints/${row.id}`}>{row.name}</Link>
                  </td>
                  <td className="px-4 py-2">{row.version}</td>
                  <td className="px-4 py-2">{row.architecture.name}</td>
                  <td className="px-4 py-2">{kindLabel(row.kind)}</td>
                  <td className="px-4 py-2">{row.licenses.map((license) => license.name).join(" + ") || "Not recorded"}</td>
                  <td className="px-4 py-2">
                    <StatusBadge status={row.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-slate-600">
        <span>
          {catalog.total} version{catalog.total === 1 ? "" : "s"} · page {catalog.page} of {catalog.pageCount}
        </span>
        <span className="flex gap-3">
          {catalog.page > 1 && <Link href={{ pathname: "/", query: { q: query || undefined, page: catalog.page - 1 } }}>Previous</Link>}
          {catalog.page < catalog.pageCount && <Link href={{ pathname: "/", query: { q: query || undefined, page: catalog.page + 1 } }}>Next</Link>}
        </span>
      </nav>
    </div>
  );
}

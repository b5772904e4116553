import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Panel } from "@/components/ui/panel";
import { kindLabel } from "@/lib/format";
import { canManageCatalog } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { getCatalogIndex } from "@/lib/server/catalog/admin-queries";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";

export const metadata: Metadata = { title: "Catalog" };

export default async function CatalogPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  await requirePageAccess(canManageCatalog, "/catalog");
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const index = await getCatalogIndex({ q, page: Number(params.page) || 1 });

  return (
    <div className="space-y-6">
      <PageHeader
        trail={<Breadcrumbs trail={[{ label: "Catalog" }]} />}
        title="Catalog and licenses"
        description="Checkpoints, their versions, lineage, license layers and creator terms. Every change is audited, and any approval that relied on changed facts is flagged for re-review."
      />

      <Panel
        id="checkpoints"
        title="Checkpoints"
        action={
          <Link
            href="/catalog/checkpoints/new"
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-indigo-700 hover:no-underline"
          >
            New checkpoint
          </Link>
        }
      >
        <form role="search" action="/catalog" method="get" className="flex gap-2">
          <label htmlFor="catalog-admin-search" className="sr-only">
            Search checkpoints
          </label>
          <input
            id="catalog-admin-search"
            name="q"
            defaultValue={q}
            placeholder="Search by name, slug or alias"
            className="w-72 rounded-md border border-slate-300 px-2.5 py-1.5 text-sm"
          />
          <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
            Search
          </button>
        </form>
        {index.checkpoints.length === 0 ? (
          <p className="text-sm text-slate-600">{q ? `No checkpoint matches “${q}”.` : "No checkpoints yet. Create the first one."}</p>
        ) : (
          <DataTable
            caption="Checkpoints"
            variant="compact"
            rows={index.checkpoints}
            rowKey={(checkpoint) => checkpoint.id}
            columns={[
              { header: "Name", className: "font-medium", cell: (checkpoint) => <Link href={`/catalog/checkpoints/${checkpoint.id}`}>{checkpoint.name}</Link> },
              { header: "Slug", className: "text-slate-600", cell: (checkpoint) => checkpoint.slug },
              {
                header: "Versions",
                cell: (checkpoint) => (
                  <span className="flex flex-wrap gap-2">
                    {checkpoint.versions.map((version) => (
                      <Link key={version.id} href={`/catalog/versions/${version.id}`} title={kindLabel(version.kind)}>
                        {version.version}
                      </Link>
                    ))}
                    {checkpoint.versionCount > checkpoint.versions.length && (
                      <span className="text-slate-500">+{checkpoint.versionCount - checkpoint.versions.length} more</span>
                    )}
                  </span>
                ),
              },
            ]}
          />
        )}
        {index.pageCount > 1 && (
          <nav aria-label="Pagination" className="flex gap-3 text-sm">
            {index.page > 1 && <Link href={{ pathname: "/catalog", query: { q: q || undefined, page: index.page - 1 } }}>Previous</Link>}
            <span>
              Page {index.page} of {index.pageCount}
            </span>
            {index.page < index.pageCount && <Link href={{ pathname: "/catalog", query: { q: q || undefined, page: index.page + 1 } }}>Next</Link>}
          </nav>
        )}
      </Panel>

      <Panel
        id="licenses"
        title="Licenses"
        action={
          <span className="flex gap-3">
            <Link href="/catalog/library" className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium no-underline hover:no-underline">
              Licence library
            </Link>
            <Link
              href="/catalog/licenses/new"
              className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white no-underline hover:bg-indigo-700 hover:no-underline"
            >
              New license
            </Link>
          </span>
        }
      >
        {index.licenses.length === 0 ? (
          <p className="text-sm text-slate-600">No licenses yet.</p>
        ) : (
          <DataTable
            caption="Licenses"
            variant="compact"
            rows={index.licenses}
            rowKey={(license) => license.id}
            columns={[
              { header: "Name", className: "font-medium", cell: (license) => <Link href={`/catalog/licenses/${license.id}`}>{license.name}</Link> },
              { header: "Key", className: "text-slate-600", cell: (license) => license.key },
              { header: "Current revision", cell: (license) => license.revision ?? "—" },
              { header: "Declared by", cell: (license) => `${license.usedBy} version${license.usedBy === 1 ? "" : "s"}` },
            ]}
          />
        )}
      </Panel>
    </div>
  );
}

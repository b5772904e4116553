import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { canManageWebhooks } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { listWebhookEndpoints } from "@/lib/server/webhooks/queries";
import { CreateEndpointForm } from "./create-endpoint-form";

export const metadata: Metadata = { title: "Webhooks · Admin" };

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  await requirePageAccess(canManageWebhooks, "/admin/webhooks");
  const { deleted } = await searchParams;
  const endpoints = await listWebhookEndpoints();
  return (
    <div className="max-w-5xl space-y-6">
      <PageHeader
        trail={<Breadcrumbs trail={[{ label: "Webhooks" }]} />}
        title="Webhooks"
        description="Receivers told at once when an approval is granted, revoked, flagged or expires, a review is submitted or decided, or a version is catalogued. Each delivery is signed (Standard Webhooks) and retried for 24 hours."
      />
      {deleted === "1" && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          Endpoint deleted. The audit trail keeps a record of it.
        </p>
      )}
      {endpoints.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center text-slate-600">
          No endpoints yet. Register the first one below.
        </div>
      ) : (
        <DataTable
          caption="Webhook endpoints"
          rows={endpoints}
          rowKey={(endpoint) => endpoint.id}
          columns={[
            {
              header: "Endpoint",
              cell: (endpoint) => (
                <>
                  <Link href={`/admin/webhooks/${endpoint.id}`} className="font-mono text-xs font-medium break-all">
                    {endpoint.url}
                  </Link>
                  {endpoint.description && <div className="text-xs text-slate-500">{endpoint.description}</div>}
                </>
              ),
            },
            { header: "Events", className: "font-mono text-xs", cell: (endpoint) => endpoint.eventTypes.join(", ") },
            { header: "State", cell: (endpoint) => (endpoint.active ? <Badge tone="good">Active</Badge> : <Badge tone="warn">Disabled</Badge>) },
            {
              header: "Deliveries",
              className: "whitespace-nowrap text-xs",
              cell: (endpoint) => `${endpoint.counts.delivered} delivered · ${endpoint.counts.pending} pending · ${endpoint.counts.failed} failed`,
            },
            { header: "Created", className: "whitespace-nowrap", cell: (endpoint) => formatDate(endpoint.createdAt) },
          ]}
        />
      )}
      <section aria-labelledby="new-endpoint-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="new-endpoint-heading" className="text-lg font-semibold">
          Register an endpoint
        </h2>
        <CreateEndpointForm />
      </section>
    </div>
  );
}

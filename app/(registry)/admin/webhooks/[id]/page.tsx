import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { canManageWebhooks } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";
import { DELIVERY_LOG_SIZE, getWebhookEndpoint, type WebhookDeliveryRow } from "@/lib/server/webhooks/queries";
import { deleteWebhookEndpointAction, disableWebhookEndpointAction, enableWebhookEndpointAction, redeliverWebhookAction } from "../actions";

export const metadata: Metadata = { title: "Webhook endpoint · Admin" };

const STATUS_TONES: Record<WebhookDeliveryRow["status"], BadgeTone> = { PENDING: "info", DELIVERED: "good", FAILED: "bad" };
const STATUS_LABELS: Record<WebhookDeliveryRow["status"], string> = { PENDING: "Pending", DELIVERED: "Delivered", FAILED: "Failed" };

const time = (date: Date | null) => (date ? date.toISOString().replace("T", " ").slice(0, 19) + " UTC" : "—");

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageAccess(canManageWebhooks, `/admin/webhooks/${id}`);
  const endpoint = /^[0-9a-f-]{36}$/i.test(id) ? await getWebhookEndpoint(id) : null;
  if (!endpoint) notFound();

  return (
    <div className="max-w-6xl space-y-6">
      <PageHeader
        trail={<Breadcrumbs trail={[{ href: "/admin/webhooks", label: "Webhooks" }, { label: "Endpoint" }]} />}
        title={<span className="font-mono text-lg break-all">{endpoint.url}</span>}
        description={
          <>
            {endpoint.active ? <Badge tone="good">Active</Badge> : <Badge tone="warn">Disabled</Badge>}{" "}
            {endpoint.description ? `${endpoint.description} · ` : ""}Events: <span className="font-mono text-xs">{endpoint.eventTypes.join(", ")}</span>
          </>
        }
        actions={
          <>
            {endpoint.active ? (
              <ActionButton action={disableWebhookEndpointAction} fields={{ endpointId: endpoint.id }} label="Disable" pendingLabel="Disabling…" />
            ) : (
              <ActionButton action={enableWebhookEndpointAction} fields={{ endpointId: endpoint.id }} label="Enable" pendingLabel="Enabling…" tone="primary" />
            )}
            <ConfirmAction
              action={deleteWebhookEndpointAction}
              fields={{ endpointId: endpoint.id }}
              label="Delete"
              title="Delete this endpoint?"
              description={<p>It stops receiving events at once, and its delivery log is deleted with it. The audit trail keeps a record of it.</p>}
              confirmLabel="Delete endpoint"
            />
          </>
        }
      />

      <section aria-labelledby="deliveries-heading" className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <h2 id="deliveries-heading" className="border-b border-slate-100 px-5 py-3 text-lg font-semibold">
          Delivery log{" "}
          <span className="text-sm font-normal text-slate-500">
            {endpoint.totalDeliveries > DELIVERY_LOG_SIZE ? `latest ${DELIVERY_LOG_SIZE} of ${endpoint.totalDeliveries}` : `${endpoint.totalDeliveries} in all`}
          </span>
        </h2>
        {endpoint.deliveries.length === 0 ? (
          <p className="p-8 text-center text-sm text-slate-600">Nothing delivered yet: events it subscribes to will show here as they happen.</p>
        ) : (
          <DataTable
            caption="Deliveries to this endpoint, newest first"
            variant="flush"
            rows={endpoint.deliveries}
            rowKey={(delivery) => delivery.id}
            rowProps={() => ({ "data-testid": "webhook-delivery" })}
            columns={[
              {
                header: "Event",
                cell: (delivery) => (
                  <>
                    <div className="font-mono text-xs">{delivery.eventType}</div>
                    <div className="font-mono text-[11px] text-slate-500" title="webhook-id">
                      {delivery.eventId}
                    </div>
                  </>
                ),
              },
              {
                header: "Status",
                cell: (delivery) => (
                  <>
                    <Badge tone={STATUS_TONES[delivery.status]}>{STATUS_LABELS[delivery.status]}</Badge>
                    {delivery.status === "PENDING" && delivery.attempts > 0 && (
                      <div className="text-xs text-slate-500">next try {time(delivery.nextAttemptAt)}</div>
                    )}
                  </>
                ),
              },
              {
                header: "Response",
                cell: (delivery) => (
                  <>
                    {delivery.lastStatusCode ?? "—"}
                    {delivery.lastError && <div className="max-w-xs text-xs text-rose-700">{delivery.lastError}</div>}
                  </>
                ),
              },
              {
                header: "Duration",
                className: "whitespace-nowrap",
                cell: (delivery) => (delivery.lastDurationMs === null ? "—" : `${delivery.lastDurationMs} ms`),
              },
              { header: "Attempts", cell: (delivery) => delivery.attempts },
              { header: "Last attempt", className: "whitespace-nowrap text-xs", cell: (delivery) => time(delivery.lastAttemptAt) },
              {
                header: "Actions",
                srOnly: true,
                cell: (delivery) => (
                  <ActionButton
                    action={redeliverWebhookAction}
                    fields={{ deliveryId: delivery.id }}
                    label="Redeliver"
                    accessibleLabel={`Redeliver ${delivery.eventType} ${delivery.eventId}`}
                    pendingLabel="Queuing…"
                  />
                ),
              },
            ]}
          />
        )}
      </section>
    </div>
  );
}

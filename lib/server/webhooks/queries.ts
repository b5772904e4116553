import "server-only";
import { prisma } from "@/lib/server/db/prisma";

export interface WebhookEndpointRow {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  active: boolean;
  createdAt: Date;
  counts: { pending: number; delivered: number; failed: number };
}

export async function listWebhookEndpoints(): Promise<WebhookEndpointRow[]> {
  const [endpoints, counts] = await Promise.all([
    prisma.webhookEndpoint.findMany({
      select: { id: true, url: true, description: true, eventTypes: true, active: true, createdAt: true },
      orderBy: { createdAt: "desc" },
    }),
    prisma.webhookDelivery.groupBy({ by: ["endpointId", "status"], _count: { _all: true } }),
  ]);
  return endpoints.map((endpoint) => {
    const of = (status: string) => counts.find((row) => row.endpointId === endpoint.id && row.status === status)?._count._all ?? 0;
    return { ...endpoint, counts: { pending: of("PENDING"), delivered: of("DELIVERED"), failed: of("FAILED") } };
  });
}

export interface WebhookDeliveryRow {
  id: string;
  eventId: string;
  eventType: string;
  eventAt: Date;
  status: "PENDING" | "DELIVERED" | "FAILED";
  attempts: number;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastDurationMs: number | null;
  lastError: string | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
}

export const DELIVERY_LOG_SIZE = 100;

/** One endpoint with its latest deliveries (newest first), or null. */
export async function getWebhookEndpoint(
  id: string,
): Promise<(Omit<WebhookEndpointRow, "counts"> & { deliveries: WebhookDeliveryRow[]; totalDeliveries: number }) | null> {
  const endpoint = await prisma.webhookEndpoint.findUnique({
    where: { id },
    select: {
      id: true,
      url: true,
      description: true,
      eventTypes: true,
      active: true,
      createdAt: true,
      _count: { select: { deliveries: true } },
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: DELIVERY_LOG_SIZE,
        select: {
          id: true,
          status: true,
          attempts: true,
          lastAttemptAt: true,
          lastStatusCode: true,
          lastDurationMs: true,
          lastError: true,
          nextAttemptAt: true,
          deliveredAt: true,
          event: { select: { id: true, type: true, createdAt: true } },
        },
      },
    },
  });
  if (!endpoint) return null;
  const { _count, deliveries, ...rest } = endpoint;
  return {
    ...rest,
    totalDeliveries: _count.deliveries,
    deliveries: deliveries.map(({ event, ...delivery }) => ({ ...delivery, eventId: event.id, eventType: event.type, eventAt: event.createdAt })),
  };
}

import "server-only";
import { prisma } from "@/lib/server/db/prisma";
import { auditActorOf, recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { AuditFilters } from "@/lib/schemas/audit";

/** Exports are themselves audited: who took a copy of the trail, with which filters. */
export async function recordAuditExport(
  actor: { id: string; email: string },
  subject: "AuditTrail" | "ApprovalsReport",
  format: string,
  filters: object,
): Promise<void> {
  await prisma.$transaction((tx) =>
    recordAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: subject === "AuditTrail" ? "audit.exported" : "audit.approvals_report_exported",
      subjectType: subject,
      subjectId: "export",
      after: { format, filters: filters as AuditFilters },
    }),
  );
}

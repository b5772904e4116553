import "server-only";
import { auditActionName } from "@/lib/audit/actions";
import { csvChunks, jsonArrayChunks } from "@/lib/audit/export-chunks";
import type { AuditFilters } from "@/lib/schemas/audit";
import { auditEventsForExport, type AuditEventRow } from "@/lib/server/audit/queries";

export type AuditExportFormat = "csv" | "json";

const CSV_COLUMNS = [
  "id",
  "createdAt",
  "actor",
  "action",
  "storedAction",
  "subjectType",
  "subjectId",
  "teamId",
  "requestId",
  "relatedIds",
  "before",
  "after",
  "prevHash",
  "hash",
] as const;

function exportRecord(row: AuditEventRow) {
  return {
    id: row.id.toString(),
    createdAt: row.createdAt.toISOString(),
    actor: row.actorLabel,
    // The vocabulary's name; `storedAction` is the name as stored, which the event's hash covers.
    action: auditActionName(row.action),
    storedAction: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    teamId: row.teamId,
    requestId: row.requestId,
    relatedIds: row.relatedIds,
    before: row.before,
    after: row.after,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

async function* records(filters: AuditFilters) {
  for await (const row of auditEventsForExport(filters)) yield exportRecord(row);
}

/** The filtered trail as text chunks, oldest first. */
export function auditExportChunks(filters: AuditFilters, format: AuditExportFormat): AsyncGenerator<string> {
  return format === "csv"
    ? csvChunks(CSV_COLUMNS, records(filters), (record) => CSV_COLUMNS.map((column) => record[column]))
    : jsonArrayChunks(records(filters));
}

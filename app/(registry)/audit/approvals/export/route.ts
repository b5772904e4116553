import { csvChunks, downloadHeaders, jsonArrayChunks, textStream } from "@/lib/audit/export-chunks";
import { canExportAudit } from "@/lib/policy/capabilities";
import { approvalsReportFiltersFrom } from "@/lib/schemas/approvals-report";
import { authorizeRoute } from "@/lib/server/auth/route-access";
import { approvalsReportForExport, type ApprovalReportEntry } from "@/lib/server/audit/approvals-report";
import { recordAuditExport } from "@/lib/server/audit/record-export";

export const dynamic = "force-dynamic";

const COLUMNS = ["id", "version", "team", "state", "stateReasons", "grantedAt", "reviewBy", "uses", "conditions", "waivers", "licenses", "signedOff"] as const;

function csvValues(entry: ApprovalReportEntry): unknown[] {
  return [
    entry.id,
    entry.versionName,
    entry.team,
    entry.state,
    entry.stateReasons.join("; "),
    entry.grantedAt,
    entry.reviewBy,
    entry.uses.map((use) => use.use).join(" "),
    entry.conditions.join("; "),
    entry.waivers
      .map((waiver) => `${waiver.use}: ${waiver.reason}${waiver.reference ? ` (${waiver.reference})` : ""} until ${waiver.expiresAt.slice(0, 10)}`)
      .join("; "),
    entry.licenses.map((license) => `${license.key} rev ${license.revision}${license.superseded ? " (superseded)" : ""}`).join("; "),
    entry.signedOff.map((signOff) => `${signOff.capacity} ${signOff.reviewer} ${signOff.at}`).join("; "),
  ];
}

export async function GET(request: Request) {
  const user = await authorizeRoute(canExportAudit);
  if (user instanceof Response) return user;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "json" ? "json" : "csv";
  const filters = approvalsReportFiltersFrom(url.searchParams);
  await recordAuditExport(user, "ApprovalsReport", format, filters);
  const entries = approvalsReportForExport(filters);
  const chunks = format === "csv" ? csvChunks(COLUMNS, entries, csvValues) : jsonArrayChunks(entries);
  return new Response(textStream(chunks), { headers: downloadHeaders(format, `license-approvals-${new Date().toISOString().slice(0, 10)}`) });
}

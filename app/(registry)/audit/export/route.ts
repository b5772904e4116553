import { canExportAudit } from "@/lib/policy/capabilities";
import { auditFiltersFromSearchParams } from "@/lib/schemas/audit";
import { authorizeRoute } from "@/lib/server/auth/route-access";
import { downloadHeaders, textStream } from "@/lib/audit/export-chunks";
import { auditExportChunks } from "@/lib/server/audit/export";
import { recordAuditExport } from "@/lib/server/audit/record-export";

export const dynamic = "force-dynamic";

/** GET /audit/export?format=csv|json&<filters>: the filtered trail, streamed. */
export async function GET(request: Request) {
  const user = await authorizeRoute(canExportAudit);
  if (user instanceof Response) return user;
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "json" ? "json" : "csv";
  const { filters, errors } = auditFiltersFromSearchParams(url.searchParams);
  if (Object.keys(errors).length > 0) {
    return Response.json({ error: { code: "INVALID_REQUEST", message: Object.values(errors).join(" ") } }, { status: 400 });
  }
  await recordAuditExport(user, "AuditTrail", format, filters);
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-");
  return new Response(textStream(auditExportChunks(filters, format)), { headers: downloadHeaders(format, `audit-trail-${stamp}`) });
}

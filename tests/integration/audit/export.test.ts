import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/db/prisma";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { auditExportChunks } from "@/lib/server/audit/export";
import { listAuditEvents, AUDIT_PAGE_SIZE } from "@/lib/server/audit/queries";
import { auditFiltersFromSearchParams } from "@/lib/schemas/audit";

const run = randomBytes(4).toString("hex");
// A name of the vocabulary; the actor labels, unique to this run, keep other files' events out.
const action = "audit.exported";

async function collect(chunks: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

beforeAll(async () => {
  for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index += 1) {
    await prisma.$transaction((tx) =>
      recordAuditEvent(tx, {
        actor: { id: null, label: index % 2 === 0 ? `even-${run}@example.com` : `odd-${run}@example.com` },
        action,
        subjectType: "Widget",
        subjectId: `widget-${index}`,
        before: { name: `old, "quoted"\nname ${index}` },
        after: { name: `new name ${index}` },
      }),
    );
  }
});

describe("audit trail reads", () => {
  it("filters by actor and action and pages newest first by keyset", async () => {
    const { filters } = auditFiltersFromSearchParams({ action, actor: `even-${run}` });
    const first = await listAuditEvents(filters);
    expect(first.events.every((event) => event.actor === `even-${run}@example.com` && event.action === action)).toBe(true);
    expect(first.events).toHaveLength(28);
    expect(first.olderThan).toBeNull();

    const all = auditFiltersFromSearchParams({ action, actor: run }).filters;
    const page1 = await listAuditEvents(all);
    expect(page1.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(Number(page1.events[0]!.id)).toBeGreaterThan(Number(page1.events[1]!.id));
    const page2 = await listAuditEvents({ ...all, before: page1.olderThan! });
    expect(page2.events).toHaveLength(5);
    expect(new Set([...page1.events, ...page2.events].map((event) => event.id)).size).toBe(AUDIT_PAGE_SIZE + 5);
  });

  it("rejects a date range that ends before it starts", () => {
    const { errors } = auditFiltersFromSearchParams({ from: "2026-11-02", to: "2026-11-01" });
    expect(errors.to).toBe("The start date must not be after the end date.");
  });

  it("exports the filtered events as CSV with quoting intact, oldest first", async () => {
    const csv = await collect(auditExportChunks(auditFiltersFromSearchParams({ action, actor: run }).filters, "csv"));
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("id,createdAt,actor,action,storedAction,subjectType,subjectId,teamId,requestId,relatedIds,before,after,prevHash,hash");
    expect(csv).toContain(`"{""name"":""old, \\""quoted\\""\\nname 0""}"`);
    expect(csv.match(/widget-\d+/g)).toHaveLength(AUDIT_PAGE_SIZE + 5);
    expect(csv.indexOf("widget-0,")).toBeLessThan(csv.indexOf("widget-54,"));
  });

  it("exports the filtered events as a JSON array", async () => {
    const json = JSON.parse(await collect(auditExportChunks(auditFiltersFromSearchParams({ action, actor: `odd-${run}` }).filters, "json"))) as {
      subjectId: string;
      actor: string;
      hash: string;
    }[];
    expect(json).toHaveLength(27);
    expect(json.every((event) => event.actor === `odd-${run}@example.com` && /^[0-9a-f]{64}$/.test(event.hash))).toBe(true);
  });

  it("exports an empty JSON array when nothing matches", async () => {
    expect(JSON.parse(await collect(auditExportChunks(auditFiltersFromSearchParams({ action: "no.such.action" }).filters, "json")))).toEqual([]);
  });
});

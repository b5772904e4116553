import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditAction } from "@/lib/audit/actions";
import { auditFiltersFromSearchParams } from "@/lib/schemas/audit";
import { auditExportChunks } from "@/lib/server/audit/export";
import { listAuditEvents } from "@/lib/server/audit/queries";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { prisma } from "@/lib/server/db/prisma";

// Events stored before the vocabulary keep their names (the table is append-only and each name is
// covered by its event's hash); every reader shows them under today's name, and filters find both.

const run = randomBytes(4).toString("hex");
const actor = `legacy-${run}@example.com`;

async function collect(chunks: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

beforeAll(async () => {
  const write = (action: string, subjectId: string) =>
    prisma.$transaction((tx) =>
      recordAuditEvent(tx, { actor: { id: null, label: actor }, action: action as AuditAction, subjectType: "CheckpointVersion", subjectId }),
    );
  await write("catalog.version.created", `old-${run}`); // as the catalog wrote it before the vocabulary
  await write("version.created", `new-${run}`);
  await write("version.updated", `other-${run}`);
});

describe("legacy audit action names", () => {
  it("are stored as written", async () => {
    const stored = await prisma.auditEvent.findMany({ where: { actorLabel: actor }, orderBy: { id: "asc" }, select: { action: true } });
    expect(stored.map((row) => row.action)).toEqual(["catalog.version.created", "version.created", "version.updated"]);
  });

  it("read under today's name, and a filter by either name finds the events stored under both", async () => {
    for (const name of ["version.created", "catalog.version.created"]) {
      const { events } = await listAuditEvents(auditFiltersFromSearchParams({ action: name, actor: run }).filters);
      expect(
        events.map((event) => [event.subjectId, event.action]),
        name,
      ).toEqual([
        [`new-${run}`, "version.created"],
        [`old-${run}`, "version.created"],
      ]);
    }
    const { events } = await listAuditEvents(auditFiltersFromSearchParams({ action: "catalog.", actor: run }).filters);
    expect(events.map((event) => event.action)).toEqual(["version.updated", "version.created", "version.created"]);
  });

  it("export under today's name, with the stored name the hash covers alongside", async () => {
    const json = JSON.parse(await collect(auditExportChunks(auditFiltersFromSearchParams({ actor: run }).filters, "json"))) as {
      subjectId: string;
      action: string;
      storedAction: string;
    }[];
    expect(json.map((event) => [event.subjectId, event.action, event.storedAction])).toEqual([
      [`old-${run}`, "version.created", "catalog.version.created"],
      [`new-${run}`, "version.created", "version.created"],
      [`other-${run}`, "version.updated", "version.updated"],
    ]);
  });
});

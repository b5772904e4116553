import { describe, expect, it } from "vitest";
import { EMPTY_BROWSE_QUERY, type BrowseQuery } from "@/lib/catalog/browse-query";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { browseStatements } from "@/lib/server/catalog/browse";
import { CATALOG_WINDOW_SQL } from "@/lib/server/catalog/catalog-epoch";
import { syncVersionSummaries } from "@/lib/server/catalog/sync-version-summaries";
import type { TransactionClient } from "@/lib/server/db/client";
import { prisma } from "@/lib/server/db/prisma";
import { createPerson } from "../auth/support/people";
import { createArchitecture, newLicense, newVersion, token } from "./support";

// The catalogue epoch is what lets every instance cache browse results: it must move in the same
// transaction as every change to anything the catalogue queries read. The triggers make that
// structural; this file fails when a query starts reading a table without one, or a writer's
// transaction ends without having bumped it.

/** Queries that between them use every filter, both kinds of search and every sort. */
const EVERY_FILTER: Partial<BrowseQuery>[] = [
  {
    q: "pony",
    arch: ["SDXL", "SD1"],
    kind: ["BASE", "MERGE"],
    prompt: ["TAGS"],
    status: ["APPROVED", "EXPIRED"],
    approved: ["COMMERCIAL_OUTPUTS"],
    effective: "RESEARCH",
    effectiveStatus: ["ALLOWED"],
    usable: "COMMERCIAL_OUTPUTS",
    license: "CreativeML-OpenRAIL-M",
    team: "creative-studio",
    sort: "released",
    page: 3,
  },
  { q: "31e35c80fc", arch: ["SDXL"], kind: ["BASE"], status: ["APPROVED"], team: "creative-studio", sort: "added" },
];

function tablesRead(sql: string): Set<string> {
  return new Set([...sql.matchAll(/\b(?:FROM|JOIN)\s+"(\w+)"/gi)].map((match) => match[1]!));
}

async function bumpedInThisTransaction(tx: TransactionClient): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ mine: boolean }[]>`SELECT xmin = pg_current_xact_id()::xid AS mine FROM "CatalogEpoch" WHERE id = 1`;
  return row?.mine ?? false;
}

describe("the catalogue epoch", () => {
  it("is bumped by a statement trigger on every table the catalogue queries read", async () => {
    const tables = new Set<string>(tablesRead(CATALOG_WINDOW_SQL.text));
    for (const query of EVERY_FILTER) for (const table of tablesRead(browseStatements({ ...EMPTY_BROWSE_QUERY, ...query }).page.text)) tables.add(table);
    tables.delete("CatalogEpoch");
    // The read model, the approval rows, the options, the facts and the hash search at least.
    for (const table of ["VersionSummary", "VersionUseApproval", "Architecture", "License", "Team", "OrganisationFact", "CheckpointVersion"]) {
      expect(tables).toContain(table);
    }

    const triggers = await prisma.$queryRaw<{ table: string; tgtype: number }[]>`
      SELECT c.relname AS "table", t.tgtype::int AS tgtype FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid
      WHERE p.proname = 'bump_catalog_epoch' AND NOT t.tgisinternal`;
    // tgtype: bit 0 row-level, 2 INSERT, 3 DELETE, 4 UPDATE, 5 TRUNCATE; AFTER is bit 1 unset.
    const everyChange = 4 | 8 | 16 | 32;
    const covered = new Set(
      triggers.filter((trigger) => (trigger.tgtype & everyChange) === everyChange && (trigger.tgtype & 3) === 0).map((trigger) => trigger.table),
    );
    expect([...tables].filter((table) => !covered.has(table))).toEqual([]);
  });

  it("moves in the transaction of a grant, a summary sync, a team and a licence, not after it", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const architectureKey = await createArchitecture();
    const license = await newLicense(admin, { INTERNAL_EXPLORATION: "ALLOWED" });
    const { versionId } = await newVersion(admin, { architectureKey, name: `Epoch ${token()}`, licenseIds: [license.licenseId] });

    const writers: [string, (tx: TransactionClient) => Promise<unknown>][] = [
      ["grant", (tx) => grantApproval(tx, SYSTEM_ACTOR, { versionId, uses: ["INTERNAL_EXPLORATION"], reviewBy: new Date(Date.now() + 86_400_000) })],
      ["sync", (tx) => syncVersionSummaries(tx, [versionId])],
      ["team", (tx) => tx.team.create({ data: { slug: `epoch-${token()}`, name: `Epoch ${token()}` } })],
      ["licence rename", (tx) => tx.license.update({ where: { id: license.licenseId }, data: { name: `Renamed ${token()}` } })],
    ];
    for (const [name, write] of writers) {
      const bumped = await prisma.$transaction(async (tx) => {
        expect(await bumpedInThisTransaction(tx)).toBe(false);
        await write(tx);
        return bumpedInThisTransaction(tx);
      });
      expect({ name, bumped }).toEqual({ name, bumped: true });
    }
  });
});

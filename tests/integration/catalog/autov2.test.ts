import { beforeAll, describe, expect, it } from "vitest";
import { GET as lookup } from "@/app/api/v1/lookup/route";
import { EMPTY_BROWSE_QUERY } from "@/lib/catalog/browse-query";
import { lookupQuerySchema } from "@/lib/catalog/lookup-query";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { browseCatalog, browseStatements } from "@/lib/server/catalog/browse";
import { lookupStatement } from "@/lib/server/catalog/lookup";
import { loadVersionDetail } from "@/lib/server/catalog/version-detail";
import { prisma } from "@/lib/server/db/prisma";
import { Prisma } from "@/lib/server/generated/prisma/client";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { createPerson, type Person } from "../auth/support/people";
import { approve, createArchitecture, newVersion, token } from "./support";

// AutoV2 (the first 10 hex digits of a file's SHA-256) on the detail page's read model, in the
// browse search and in the lookup API, against PostgreSQL.

let admin: Person;
let bearer: Record<string, string>;
const family = token();
// Two files whose hashes share their first 10 digits (AutoV2), and a third that does not.
const autov2 = `c${family}d`;
const twinA = `${autov2}${"1".repeat(54)}`;
const twinB = `${autov2}${"2".repeat(54)}`;
const loner = `d${family}d${"3".repeat(54)}`;
let ids: { twinA: string; twinB: string; loner: string };

const request = (path: string) => new Request(`http://localhost${path}`, { headers: bearer });
const body = async (response: Response) => (await response.json()) as Record<string, unknown>;

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  const member = await createPerson(prisma);
  bearer = { Authorization: `Bearer ${(await issueApiToken(prisma, { userId: member.user.id, name: "it", expiresInDays: 30 }, SYSTEM_ACTOR)).token}` };
  const architectureKey = await createArchitecture();
  const a = await newVersion(admin, { architectureKey, name: `Twin A ${family}`, sha256: twinA });
  const b = await newVersion(admin, { architectureKey, name: `Twin B ${family}`, sha256: twinB });
  const c = await newVersion(admin, { architectureKey, name: `Loner ${family}`, sha256: loner });
  await approve(a.versionId, ["INTERNAL_EXPLORATION"], { grantedById: admin.user.id });
  ids = { twinA: a.versionId, twinB: b.versionId, loner: c.versionId };
});

describe("AutoV2 on the version's detail", () => {
  it("is the first 10 hex digits of the SHA-256", async () => {
    const detail = await loadVersionDetail(prisma, ids.loner);
    expect(detail?.facts).toMatchObject({ sha256: loner, autov2: loner.slice(0, 10) });
  });
});

describe("browse search by hash", () => {
  const names = async (q: string) => (await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q })).rows.map((row) => row.name);

  it("finds every version whose SHA-256 starts with the AutoV2, in either case", async () => {
    expect(await names(autov2)).toEqual([`Twin A ${family}`, `Twin B ${family}`]);
    expect(await names(autov2.toUpperCase())).toEqual([`Twin A ${family}`, `Twin B ${family}`]);
  });

  it("finds one version by its full SHA-256 or a longer prefix (A1111's 12-digit LoRA hash)", async () => {
    expect(await names(twinB)).toEqual([`Twin B ${family}`]);
    expect(await names(` ${twinB.slice(0, 12)} `)).toEqual([`Twin B ${family}`]);
    expect(await names(loner.slice(0, 10))).toEqual([`Loner ${family}`]);
  });

  it("treats fewer than 10 hex digits as a name search, not a hash", async () => {
    expect(await names(autov2.slice(0, 9))).toEqual([]);
  });

  it("reads the SHA-256 index, not the whole table", async () => {
    const statement = browseStatements({ ...EMPTY_BROWSE_QUERY, q: autov2 }).rows;
    expect(await plan(statement)).toContain("CheckpointVersion_sha256_idx");
  });
});

describe("GET /api/v1/lookup?autov2=", () => {
  it("returns every match with its full SHA-256 and approvals", async () => {
    const response = await lookup(request(`/api/v1/lookup?autov2=${autov2.toUpperCase()}`));
    expect(response.status).toBe(200);
    const json = await body(response);
    expect(json).toMatchObject({ autov2, team: null });
    expect(json).not.toHaveProperty("sha256");
    expect(json.matches).toEqual([
      expect.objectContaining({ id: ids.twinA, sha256: twinA, approvedUses: ["INTERNAL_EXPLORATION"], url: `/checkpoints/${ids.twinA}` }),
      expect.objectContaining({ id: ids.twinB, sha256: twinB, approvedUses: [] }),
    ]);
  });

  it("answers a use across all matches", async () => {
    const json = await body(await lookup(request(`/api/v1/lookup?autov2=${autov2}&use=INTERNAL_EXPLORATION`)));
    expect(json).toMatchObject({ approved: true, approvals: [{ versionId: ids.twinA, use: "INTERNAL_EXPLORATION" }] });
  });

  it("answers 404 for an AutoV2 nobody catalogued and 400 for a malformed one, or for both hashes at once", async () => {
    const missing = await lookup(request(`/api/v1/lookup?autov2=${"e".repeat(10)}`));
    expect([missing.status, ((await body(missing)).error as { message: string }).message]).toEqual([404, expect.stringContaining("AutoV2")]);
    for (const query of [`autov2=${autov2.slice(0, 9)}`, `autov2=${autov2}0`, `autov2=zzzzzzzzzz`, `autov2=${autov2}&sha256=${twinA}`]) {
      const response = await lookup(request(`/api/v1/lookup?${query}`));
      const json = await body(response);
      expect([response.status, (json.error as { code: string }).code], query).toEqual([400, "INVALID_REQUEST"]);
      expect(Object.keys((json.error as { details: Record<string, string> }).details)).toEqual(["autov2"]);
    }
  });

  it("reads the SHA-256 index, not the whole table", async () => {
    expect(await plan(lookupStatement(lookupQuerySchema.parse({ autov2 })))).toContain("CheckpointVersion_sha256_idx");
  });
});

/**
 * The plan PostgreSQL picks when a sequential scan is priced out: names the index only if the
 * predicate can use it at all (a test table is too small for the planner to prefer one by itself).
 */
async function plan(statement: Prisma.Sql): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
    const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${statement}`);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  });
}

import { beforeAll, describe, expect, it } from "vitest";
import { BROWSE_PAGE_SIZE, EMPTY_BROWSE_QUERY, type BrowseQuery } from "@/lib/catalog/browse-query";
import { browseCatalog } from "@/lib/server/catalog/browse";
import { prisma } from "@/lib/server/db/prisma";
import { createPerson, createTeamRow, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion, token } from "./support";

// Every filter of the browse page against the read model. Each query searches for this file's own
// family token, so versions other test files create at the same time never show up.

let admin: Person;
const family = token();
let arch: { a: string; b: string };
let team: { id: string; slug: string };
let otherTeam: { id: string; slug: string };
let nc: { key: string };

const browse = (query: Partial<BrowseQuery>) => browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: family, ...query });
const names = async (query: Partial<BrowseQuery>) => (await browse(query)).rows.map((row) => row.name);

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  arch = { a: await createArchitecture(), b: await createArchitecture() };
  team = await createTeamRow(prisma);
  otherTeam = await createTeamRow(prisma);
  const nonCommercial = await newLicense(admin, { COMMERCIAL_OUTPUTS: { status: "FORBIDDEN", condition: "nc" }, RESEARCH: "ALLOWED" });
  nc = nonCommercial;
  const open = await newLicense(admin, { COMMERCIAL_OUTPUTS: { status: "CONDITIONAL", condition: "under 1M revenue" }, INTERNAL_EXPLORATION: "ALLOWED" });
  const alpha = await newVersion(admin, {
    architectureKey: arch.a,
    name: `Alpha ${family}`,
    aliases: [`Zed${family}`],
    licenseIds: [nonCommercial.licenseId],
    promptStyle: "TAGS",
  });
  await newVersion(admin, { architectureKey: arch.a, name: `Bravo ${family}`, parents: [{ id: alpha.versionId }], promptStyle: "NATURAL_LANGUAGE" });
  const charlie = await newVersion(admin, { architectureKey: arch.b, name: `Charlie ${family}`, licenseIds: [open.licenseId], promptStyle: "HYBRID" });
  const delta = await newVersion(admin, {
    architectureKey: arch.b,
    name: `Delta ${family}`,
    kind: "DISTILLED",
    parents: [{ id: charlie.versionId, relation: "DISTILL" }],
  });
  await approve(charlie.versionId, ["COMMERCIAL_OUTPUTS"], { grantedById: admin.user.id, conditions: ["Credit the studio"] });
  await approve(delta.versionId, ["COMMERCIAL_OUTPUTS", "INTERNAL_EXPLORATION"], { grantedById: admin.user.id, teamId: team.id });
  await approve(alpha.versionId, ["RESEARCH"], { grantedById: admin.user.id, teamId: otherTeam.id });
});

describe("browse filters", () => {
  it("searches by name words and by alias, word prefixes, case-insensitively", async () => {
    expect(await names({})).toEqual([`Alpha ${family}`, `Bravo ${family}`, `Charlie ${family}`, `Delta ${family}`]);
    expect(await names({ q: `alp ${family}` })).toEqual([`Alpha ${family}`]);
    expect(await names({ q: `zed${family.toUpperCase()}` })).toEqual([`Alpha ${family}`]);
    expect(await names({ q: `nothing-like-${family}` })).toEqual([]);
  });

  it("filters by architecture, kind and prompting style", async () => {
    expect(await names({ arch: [arch.b] })).toEqual([`Charlie ${family}`, `Delta ${family}`]);
    expect(await names({ arch: [arch.a, arch.b], kind: ["DISTILLED"] })).toEqual([`Delta ${family}`]);
    expect(await names({ prompt: ["TAGS", "HYBRID"] })).toEqual([`Alpha ${family}`, `Charlie ${family}`]);
  });

  it("filters by a license anywhere in the lineage", async () => {
    expect(await names({ license: nc.key })).toEqual([`Alpha ${family}`, `Bravo ${family}`]);
  });

  it("filters by the effective status of a use, inherited through lineage", async () => {
    // Delta records no license of its own: every use is UNKNOWN on its account, whatever its parent allows.
    expect(await names({ effective: "COMMERCIAL_OUTPUTS", effectiveStatus: ["ALLOWED", "CONDITIONAL"] })).toEqual([`Charlie ${family}`]);
    expect(await names({ effective: "COMMERCIAL_OUTPUTS", effectiveStatus: ["UNKNOWN"] })).toEqual([`Delta ${family}`]);
    // A child never lifts its parent's FORBIDDEN.
    expect(await names({ effective: "COMMERCIAL_OUTPUTS", effectiveStatus: ["FORBIDDEN"] })).toEqual([`Alpha ${family}`, `Bravo ${family}`]);
    const rows = (await browse({ effective: "RESEARCH", effectiveStatus: ["ALLOWED"] })).rows;
    expect(rows.map((entry) => [entry.name, entry.effective.RESEARCH])).toEqual([[`Alpha ${family}`, "ALLOWED"]]);
  });

  it("filters by the uses approved right now, and scopes approvals to a team", async () => {
    expect(await names({ approved: ["COMMERCIAL_OUTPUTS"] })).toEqual([`Charlie ${family}`, `Delta ${family}`]);
    expect(await names({ approved: ["COMMERCIAL_OUTPUTS", "INTERNAL_EXPLORATION"] })).toEqual([`Delta ${family}`]);
    // Delta's approval is for `team` only; Charlie's covers every team.
    expect(await names({ approved: ["COMMERCIAL_OUTPUTS"], team: otherTeam.slug })).toEqual([`Charlie ${family}`]);
    expect(await names({ team: otherTeam.slug })).toEqual([`Alpha ${family}`, `Charlie ${family}`]);
    const delta = (await browse({ team: otherTeam.slug, q: `delta ${family}` })).rows;
    expect(delta).toEqual([]);
    const forTeam = (await browse({ team: team.slug })).rows.find((row) => row.name === `Delta ${family}`);
    expect(forTeam?.uses).toEqual({ COMMERCIAL_OUTPUTS: "APPROVED_WITH_WAIVER", INTERNAL_EXPLORATION: "APPROVED_WITH_WAIVER" });
  });

  it("shows each row's approved uses at a glance and filters by review status", async () => {
    const rows = (await browse({})).rows;
    expect(Object.fromEntries(rows.map((row) => [row.name, [row.status, row.uses]]))).toEqual({
      [`Alpha ${family}`]: ["APPROVED", { RESEARCH: "APPROVED" }],
      [`Bravo ${family}`]: ["NOT_REVIEWED", {}],
      [`Charlie ${family}`]: ["APPROVED", { COMMERCIAL_OUTPUTS: "APPROVED" }],
      [`Delta ${family}`]: ["APPROVED", { COMMERCIAL_OUTPUTS: "APPROVED_WITH_WAIVER", INTERNAL_EXPLORATION: "APPROVED_WITH_WAIVER" }],
    });
    expect(await names({ status: ["NOT_REVIEWED"] })).toEqual([`Bravo ${family}`]);
    expect(await names({ status: ["APPROVED"] })).toEqual([`Alpha ${family}`, `Charlie ${family}`, `Delta ${family}`]);
  });

  it("sorts by name or by most recently added", async () => {
    expect(await names({ sort: "added" })).toEqual([`Delta ${family}`, `Charlie ${family}`, `Bravo ${family}`, `Alpha ${family}`]);
  });
});

describe("browse paging", () => {
  it("pages 25 rows at a time with an exact total", async () => {
    const many = token();
    for (let index = 0; index < BROWSE_PAGE_SIZE + 2; index += 1) {
      await newVersion(admin, { architectureKey: arch.a, name: `Paged ${many} ${String(index).padStart(2, "0")}` });
    }
    const first = await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: many });
    expect([first.total, first.totalCapped, first.pageCount, first.rows.length]).toEqual([BROWSE_PAGE_SIZE + 2, false, 2, BROWSE_PAGE_SIZE]);
    const second = await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: many, page: 2 });
    expect(second.rows.map((row) => row.name)).toEqual([`Paged ${many} 25`, `Paged ${many} 26`]);
    expect((await browseCatalog(prisma, { ...EMPTY_BROWSE_QUERY, q: many, page: 9 })).rows).toEqual([]);
  });
});

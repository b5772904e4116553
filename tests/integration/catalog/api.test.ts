import { beforeAll, describe, expect, it } from "vitest";
import { GET as listCheckpoints } from "@/app/api/v1/checkpoints/route";
import { GET as lookup } from "@/app/api/v1/lookup/route";
import { GET as getVersion } from "@/app/api/v1/versions/[id]/route";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { prisma } from "@/lib/server/db/prisma";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { createPerson, createTeamRow, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion, token } from "./support";

// The read API, called through its route handlers with real tokens against PostgreSQL.

let admin: Person;
let bearer: Record<string, string>;
let teamBearer: Record<string, string>;
const family = token();
const sha = (seed: string) => seed.padEnd(64, "0");
let fixture: { base: string; child: string; baseSha: string; childSha: string; teamSlug: string };

const request = (path: string, headers: Record<string, string> = bearer) => new Request(`http://localhost${path}`, { headers });
const body = async (response: Response) => (await response.json()) as Record<string, unknown>;

beforeAll(async () => {
  admin = await createPerson(prisma, { roles: ["ADMIN"] });
  const member = await createPerson(prisma);
  bearer = { Authorization: `Bearer ${(await issueApiToken(prisma, { userId: member.user.id, name: "it", expiresInDays: 30 }, SYSTEM_ACTOR)).token}` };
  const architectureKey = await createArchitecture();
  const team = await createTeamRow(prisma);
  const license = await newLicense(admin, { COMMERCIAL_OUTPUTS: { status: "CONDITIONAL", condition: "revenue under USD 1M" }, RESEARCH: "ALLOWED" });
  const baseSha = sha(`a${family}`);
  const childSha = sha(`b${family}`);
  const base = await newVersion(admin, { architectureKey, name: `Api Base ${family}`, licenseIds: [license.licenseId], sha256: baseSha });
  const child = await newVersion(admin, {
    architectureKey,
    name: `Api Child ${family}`,
    licenseIds: [license.licenseId],
    parents: [{ id: base.versionId }],
    sha256: childSha,
  });
  await approve(base.versionId, ["COMMERCIAL_OUTPUTS"], { grantedById: admin.user.id, conditions: ["Credit the studio"] });
  await approve(child.versionId, ["RESEARCH"], { grantedById: admin.user.id, teamId: team.id });
  fixture = { base: base.versionId, child: child.versionId, baseSha, childSha, teamSlug: team.slug };
  const teamMember = await createPerson(prisma, { teamIds: [team.id] });
  teamBearer = {
    Authorization: `Bearer ${(await issueApiToken(prisma, { userId: teamMember.user.id, name: "it", expiresInDays: 30 }, SYSTEM_ACTOR)).token}`,
  };
});

describe("authentication", () => {
  it.each([
    ["/api/v1/checkpoints", listCheckpoints],
    ["/api/v1/lookup?sha256=" + "0".repeat(64), lookup],
  ] as const)("%s answers 401 UNAUTHENTICATED without a token or with a wrong one", async (path, handler) => {
    for (const headers of [{}, { Authorization: "Bearer cpr_not-a-real-token" }] as Record<string, string>[]) {
      const response = await handler(request(path, headers));
      expect(response.status).toBe(401);
      expect(await body(response)).toEqual({ error: { code: "UNAUTHENTICATED", message: expect.any(String) } });
    }
  });

  it("GET /api/v1/versions/{id} answers 401 without a token", async () => {
    const response = await getVersion(request(`/api/v1/versions/${fixture.base}`, {}), { params: Promise.resolve({ id: fixture.base }) });
    expect(response.status).toBe(401);
  });
});

describe("GET /api/v1/checkpoints", () => {
  it("lists with the browse page's filters and paging", async () => {
    const response = await listCheckpoints(request(`/api/v1/checkpoints?q=${family}&approved=COMMERCIAL_OUTPUTS`));
    expect(response.status).toBe(200);
    const json = await body(response);
    expect(json).toMatchObject({ page: 1, pageSize: 25, pageCount: 1, total: 1, totalCapped: false });
    expect(json.data).toEqual([
      expect.objectContaining({
        id: fixture.base,
        name: `Api Base ${family}`,
        status: "APPROVED",
        uses: { COMMERCIAL_OUTPUTS: "APPROVED" },
        api: `/api/v1/versions/${fixture.base}`,
      }),
    ]);
    const both = await body(
      await listCheckpoints(request(`/api/v1/checkpoints?q=${family}&effective=COMMERCIAL_OUTPUTS&effectiveStatus=CONDITIONAL&sort=added`)),
    );
    expect((both.data as { name: string }[]).map((row) => row.name)).toEqual([`Api Child ${family}`, `Api Base ${family}`]);
  });

  it("answers 400 INVALID_REQUEST with the parameter errors", async () => {
    const response = await listCheckpoints(request("/api/v1/checkpoints?kind=HUGE&page=0&approved=EVERYTHING"));
    expect(response.status).toBe(400);
    const json = await body(response);
    expect(json).toMatchObject({
      error: { code: "INVALID_REQUEST", details: { kind: expect.any(String), page: expect.any(String), approved: expect.any(String) } },
    });
  });
});

describe("GET /api/v1/versions/{id}", () => {
  it("returns the version with lineage, license layers, effective terms and approvals", async () => {
    const response = await getVersion(request(`/api/v1/versions/${fixture.child}`), { params: Promise.resolve({ id: fixture.child }) });
    expect(response.status).toBe(200);
    const json = await body(response);
    expect(json).toMatchObject({ id: fixture.child, name: `Api Child ${family} 1.0`, status: "APPROVED" });
    expect((json.lineage as { nodes: { id: string }[] }).nodes.map((node) => node.id).sort()).toEqual([fixture.base, fixture.child].sort());
    expect((json.stack as { versionId: string }[]).map((entry) => entry.versionId)).toEqual([fixture.child, fixture.base]);
    const uses = (json.effective as { uses: { use: string; status: string; decidedBy: string[] }[] }).uses;
    expect(uses.find((use) => use.use === "COMMERCIAL_OUTPUTS")).toMatchObject({
      status: "CONDITIONAL",
      decidedBy: expect.arrayContaining([expect.stringContaining("License")]),
    });
    expect(json.approvals).toEqual([
      expect.objectContaining({
        state: "ACTIVE",
        uses: [expect.objectContaining({ use: "RESEARCH" })],
        team: expect.objectContaining({ name: expect.any(String) }),
      }),
    ]);
    expect(json).not.toHaveProperty("history");
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    const malformed = await getVersion(request("/api/v1/versions/not-a-uuid"), { params: Promise.resolve({ id: "not-a-uuid" }) });
    expect([malformed.status, ((await body(malformed)).error as { code: string }).code]).toEqual([400, "INVALID_REQUEST"]);
    const unknown = "00000000-0000-4000-8000-000000000000";
    const missing = await getVersion(request(`/api/v1/versions/${unknown}`), { params: Promise.resolve({ id: unknown }) });
    expect([missing.status, ((await body(missing)).error as { code: string }).code]).toEqual([404, "NOT_FOUND"]);
  });
});

describe("GET /api/v1/lookup", () => {
  it("names the version with this file and the uses approved for it now", async () => {
    const response = await lookup(request(`/api/v1/lookup?sha256=${fixture.baseSha.toUpperCase()}`));
    expect(response.status).toBe(200);
    expect(await body(response)).toMatchObject({
      sha256: fixture.baseSha,
      matches: [
        {
          id: fixture.base,
          name: `Api Base ${family} 1.0`,
          approvedUses: ["COMMERCIAL_OUTPUTS"],
          effectiveTerms: { COMMERCIAL_OUTPUTS: "CONDITIONAL", RESEARCH: "ALLOWED" },
          approvals: [{ use: "COMMERCIAL_OUTPUTS", team: null, waived: false, conditions: ["Credit the studio", "revenue under USD 1M"] }],
        },
      ],
    });
  });

  it("answers a use with approved true or false and the approval's conditions", async () => {
    const yes = await body(await lookup(request(`/api/v1/lookup?sha256=${fixture.baseSha}&use=COMMERCIAL_OUTPUTS`)));
    expect(yes).toMatchObject({
      use: "COMMERCIAL_OUTPUTS",
      approved: true,
      approvals: [{ versionId: fixture.base, conditions: ["Credit the studio", "revenue under USD 1M"] }],
    });
    const no = await body(await lookup(request(`/api/v1/lookup?sha256=${fixture.baseSha}&use=HOSTED_SERVICE`)));
    expect(no).toMatchObject({ use: "HOSTED_SERVICE", approved: false, approvals: [] });
  });

  it("scopes a team-only approval to its team, and only its members may ask about it", async () => {
    const path = `/api/v1/lookup?sha256=${fixture.childSha}&use=RESEARCH`;
    expect(await body(await lookup(request(`${path}&team=${fixture.teamSlug}`, teamBearer)))).toMatchObject({ team: fixture.teamSlug, approved: true });
    // Without a team, an approval scoped to one is not one the caller may rely on.
    expect(await body(await lookup(request(path, teamBearer)))).toMatchObject({ team: null, approved: false, approvals: [] });

    // A caller outside the team cannot borrow its approval by naming it.
    const outsider = await lookup(request(`${path}&team=${fixture.teamSlug}`));
    expect(outsider.status).toBe(403);
    expect(await body(outsider)).toEqual({ error: { code: "FORBIDDEN", message: "You can ask what is approved only for a team you belong to." } });

    const unknown = await lookup(request(`${path}&team=no-such-team-${family}`, teamBearer));
    // Not 404, which would read as "nobody catalogued this file".
    expect(unknown.status).toBe(400);
    expect(await body(unknown)).toEqual({
      error: { code: "INVALID_REQUEST", message: "Some query parameters are invalid.", details: { team: `There is no team "no-such-team-${family}".` } },
    });
  });

  it("answers 400 for a malformed hash or use and 404 for a hash nobody catalogued", async () => {
    for (const query of ["", "sha256=xyz", `sha256=${fixture.baseSha}&use=EVERYTHING`]) {
      const response = await lookup(request(`/api/v1/lookup?${query}`));
      expect([response.status, ((await body(response)).error as { code: string }).code], query).toEqual([400, "INVALID_REQUEST"]);
    }
    const missing = await lookup(request(`/api/v1/lookup?sha256=${"f".repeat(64)}`));
    expect([missing.status, ((await body(missing)).error as { code: string }).code]).toEqual([404, "NOT_FOUND"]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { GET as teamBom } from "@/app/api/v1/bom/route";
import { GET as versionBom } from "@/app/api/v1/versions/[id]/bom/route";
import type { CdxComponent, CycloneDxBom } from "@/lib/bom/cyclonedx-bom";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { revokeApproval } from "@/lib/server/approvals/revoke-approval";
import { prisma } from "@/lib/server/db/prisma";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { cycloneDxErrors } from "@/tests/support/cyclonedx-schema";
import { createPerson, createTeamRow, type Person } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion, token } from "../catalog/support";

// The CycloneDX ML-BOM routes, called through their handlers with a real token on PostgreSQL; every
// document is validated against the official CycloneDX 1.6 JSON schema.

let admin: Person;
let bearer: Record<string, string>;
const family = token();
const sha = (seed: string) => seed.padEnd(64, "0");
let lineage: { root: string; a: string; b: string; c: string; merge: string; licenseUrl: string; team: { id: string; slug: string } };

const request = (path: string, headers: Record<string, string> = bearer) => new Request(`http://localhost${path}`, { headers });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const prop = (component: CdxComponent, name: string) =>
  (component.properties ?? []).filter((entry) => entry.name === `checkpoint-registry:${name}`).map((entry) => entry.value);

beforeAll(async () => {
  cycloneDxErrors({}); // compiles the official schema once (seconds on a busy machine)
  admin = await createPerson(prisma, { roles: ["ADMIN", "LEGAL_REVIEWER"] });
  const member = await createPerson(prisma);
  bearer = { Authorization: `Bearer ${(await issueApiToken(prisma, { userId: member.user.id, name: "bom", expiresInDays: 30 }, SYSTEM_ACTOR)).token}` };
  const architectureKey = await createArchitecture();
  const team = await createTeamRow(prisma);
  const baseLicense = await newLicense(admin, { COMMERCIAL_OUTPUTS: "ALLOWED", RESEARCH: "ALLOWED", DERIVATIVES: "ALLOWED" }, `Base licence ${family}`);
  await prisma.license.update({ where: { key: baseLicense.key }, data: { url: `https://example.com/licences/${family}` } });
  const mergeLicense = await newLicense(
    admin,
    { COMMERCIAL_OUTPUTS: { status: "CONDITIONAL", condition: "credit the merger" }, RESEARCH: "ALLOWED" },
    `Merge licence ${family}`,
  );
  // root → a, b (fine-tunes); c (another base); merge of a, b and c.
  const root = await newVersion(admin, { architectureKey, name: `Bom Root ${family}`, licenseIds: [baseLicense.licenseId], sha256: sha(`1${family}`) });
  const a = await newVersion(admin, { architectureKey, name: `Bom A ${family}`, parents: [{ id: root.versionId }] });
  const b = await newVersion(admin, { architectureKey, name: `Bom B ${family}`, parents: [{ id: root.versionId }] });
  const c = await newVersion(admin, { architectureKey, name: `Bom C ${family}`, licenseIds: [baseLicense.licenseId] });
  const merge = await newVersion(admin, {
    architectureKey,
    name: `Bom Merge ${family}`,
    kind: "MERGE",
    licenseIds: [mergeLicense.licenseId],
    sha256: sha(`2${family}`),
    parents: [
      { id: a.versionId, relation: "MERGE", weight: "0.5" },
      { id: b.versionId, relation: "MERGE", weight: "0.3" },
      { id: c.versionId, relation: "MERGE", weight: "0.2" },
    ],
  });
  lineage = {
    root: root.versionId,
    a: a.versionId,
    b: b.versionId,
    c: c.versionId,
    merge: merge.versionId,
    licenseUrl: `https://example.com/licences/${family}`,
    team,
  };
});

describe("GET /api/v1/versions/{id}/bom", () => {
  it("a 3-parent merge: a valid CycloneDX 1.6 ML-BOM listing every ancestor through the lineage", async () => {
    await approve(lineage.merge, ["COMMERCIAL_OUTPUTS"], { grantedById: admin.user.id, teamId: lineage.team.id, conditions: ["Credit the studio"] });
    const response = await versionBom(request(`/api/v1/versions/${lineage.merge}/bom`), params(lineage.merge));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.cyclonedx+json; version=1.6");
    const bom = (await response.json()) as CycloneDxBom;
    expect(cycloneDxErrors(bom)).toEqual([]);
    expect(bom).toMatchObject({ bomFormat: "CycloneDX", specVersion: "1.6", version: 1 });
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);

    expect(bom.components).toHaveLength(1);
    const [model] = bom.components as [CdxComponent];
    expect(model).toMatchObject({
      type: "machine-learning-model",
      name: `Bom Merge ${family}`,
      version: "1.0",
      hashes: [{ alg: "SHA-256", content: sha(`2${family}`) }],
    });
    // Concluded licences: the merge's own and those every ancestor carries, once each.
    expect(model.licenses).toEqual([
      { license: { name: expect.stringContaining(`Merge licence ${family}`), acknowledgement: "concluded" } },
      { license: { name: expect.stringContaining(`Base licence ${family}`), url: lineage.licenseUrl, acknowledgement: "concluded" } },
    ]);
    expect(model.externalReferences).toContainEqual(expect.objectContaining({ type: "documentation", url: `http://localhost/checkpoints/${lineage.merge}` }));

    // All three parents, each with its own ancestors nested: a and b descend from root.
    const ancestors = model.pedigree!.ancestors;
    expect(ancestors.map((ancestor) => [ancestor.name, prop(ancestor, "lineage:relation")[0], prop(ancestor, "lineage:weight")[0]])).toEqual([
      [`Bom A ${family}`, "MERGE", "0.5"],
      [`Bom B ${family}`, "MERGE", "0.3"],
      [`Bom C ${family}`, "MERGE", "0.2"],
    ]);
    for (const parent of ancestors.slice(0, 2)) {
      expect(parent.pedigree!.ancestors).toEqual([
        expect.objectContaining({ name: `Bom Root ${family}`, hashes: [{ alg: "SHA-256", content: sha(`1${family}`) }], type: "machine-learning-model" }),
      ]);
    }
    expect(ancestors[2]!.pedigree).toBeUndefined();
    const everyAncestorId = (components: CdxComponent[]): string[] =>
      components.flatMap((component) => [...prop(component, "version-id"), ...everyAncestorId(component.pedigree?.ancestors ?? [])]);
    expect(new Set(everyAncestorId(ancestors))).toEqual(new Set([lineage.a, lineage.b, lineage.c, lineage.root]));

    // Effective terms, the approval, its team and its conditions per use, as namespaced properties.
    // (UNKNOWN: the two fine-tunes record no licence of their own, so the approval needed a waiver.)
    expect(prop(model, "use:COMMERCIAL_OUTPUTS:effective-status")).toEqual(["UNKNOWN"]);
    expect(prop(model, "use:COMMERCIAL_OUTPUTS:waiver")).toEqual([expect.stringMatching(/^LEGAL_OPINION expires=\d{4}-/)]);
    expect(prop(model, "use:COMMERCIAL_OUTPUTS:approval")).toEqual([expect.stringMatching(new RegExp(`state=ACTIVE team=${lineage.team.slug} `))]);
    expect(prop(model, "use:COMMERCIAL_OUTPUTS:condition")).toEqual(expect.arrayContaining(["Credit the studio"]));
  });

  it("answers 404 for an unknown version, 400 for a malformed id and 401 without a token", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    expect((await versionBom(request(`/api/v1/versions/${missing}/bom`), params(missing))).status).toBe(404);
    expect((await versionBom(request("/api/v1/versions/nope/bom"), params("nope"))).status).toBe(400);
    expect((await versionBom(request(`/api/v1/versions/${lineage.merge}/bom`, {}), params(lineage.merge))).status).toBe(401);
  });
});

describe("GET /api/v1/bom?team=&use=", () => {
  it("lists what is approved for the team and use right now, and changes after a revocation", async () => {
    const other = await createTeamRow(prisma);
    const forEveryTeam = await approve(lineage.c, ["COMMERCIAL_OUTPUTS", "RESEARCH"], { grantedById: admin.user.id });
    const forTeam = await approve(lineage.a, ["COMMERCIAL_OUTPUTS"], {
      grantedById: admin.user.id,
      teamId: lineage.team.id,
      conditions: ["Internal campaigns only"],
    });
    await approve(lineage.b, ["COMMERCIAL_OUTPUTS"], { grantedById: admin.user.id, teamId: other.id });
    await approve(lineage.root, ["RESEARCH"], { grantedById: admin.user.id });

    const read = async () => {
      const response = await teamBom(request(`/api/v1/bom?team=${lineage.team.slug}&use=COMMERCIAL_OUTPUTS`));
      expect(response.status).toBe(200);
      const bom = (await response.json()) as CycloneDxBom;
      expect(cycloneDxErrors(bom)).toEqual([]);
      return bom;
    };
    const mine = (bom: CycloneDxBom) => bom.components.filter((component) => component.name.endsWith(family)).map((component) => component.name);

    const before = await read();
    // a (the team's own), c (every team) and the merge (the team's, from the test above); not b
    // (another team's) nor root (approved for research only).
    expect(mine(before)).toEqual([`Bom A ${family}`, `Bom C ${family}`, `Bom Merge ${family}`]);
    expect(before.metadata.properties).toEqual(
      expect.arrayContaining([
        { name: "checkpoint-registry:scope:team", value: lineage.team.slug },
        { name: "checkpoint-registry:scope:use", value: "COMMERCIAL_OUTPUTS" },
      ]),
    );
    const a = before.components.find((component) => component.name === `Bom A ${family}`)!;
    expect(prop(a, "use:COMMERCIAL_OUTPUTS:approved")).toEqual(["true"]);
    expect(prop(a, "use:COMMERCIAL_OUTPUTS:approval")).toEqual([expect.stringContaining(forTeam.approvalId)]);
    expect(prop(a, "use:COMMERCIAL_OUTPUTS:condition")).toContain("Internal campaigns only");
    expect(prop(a, "use:RESEARCH:approval")).toEqual([]);

    await revokeApproval(admin.actor, { approvalId: forEveryTeam.approvalId, reason: "The publisher withdrew the grant." });
    await revokeApproval(admin.actor, { approvalId: forTeam.approvalId, reason: "Campaign ended." });
    expect(mine(await read())).toEqual([`Bom Merge ${family}`]);
  });

  it("answers 400 with each bad parameter, 404 for an unknown team", async () => {
    const bad = await teamBom(request("/api/v1/bom?use=SELLING"));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "INVALID_REQUEST", details: { team: expect.any(String), use: expect.any(String) } } });
    const unknown = await teamBom(request(`/api/v1/bom?team=no-such-team-${family}&use=RESEARCH`));
    expect(unknown.status).toBe(404);
  });
});

import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as teamBom } from "@/app/api/v1/bom/route";
import { GET as listCheckpoints } from "@/app/api/v1/checkpoints/route";
import { POST as checkImage } from "@/app/api/v1/images/check/route";
import { GET as lookup } from "@/app/api/v1/lookup/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { GET as versionBom } from "@/app/api/v1/versions/[id]/bom/route";
import { GET as getVersion } from "@/app/api/v1/versions/[id]/route";
import { CYCLONEDX_SCHEMA_URL, operationsOf, type OpenApiDocument } from "@/lib/api/openapi";
import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { prisma } from "@/lib/server/db/prisma";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { cycloneDxErrors } from "@/tests/support/cyclonedx-schema";
import { createPerson, createTeamRow } from "../auth/support/people";
import { approve, createArchitecture, newLicense, newVersion, token } from "../catalog/support";

// Every operation the OpenAPI description documents is called through its route handler, with
// real tokens on PostgreSQL, for its success and for each error it documents; each real response's
// status and content type must be documented and its body must validate against the description
// (a CycloneDX BOM against the official CycloneDX 1.6 schema the description points to).

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response> | Response;
const HANDLERS: Record<string, Handler> = {
  listCheckpoints: (request) => listCheckpoints(request),
  getVersion: (request, context) => getVersion(request, context),
  getVersionBom: (request, context) => versionBom(request, context),
  lookupFile: (request) => lookup(request),
  getTeamBom: (request) => teamBom(request),
  getOpenApiDescription: () => openApi(),
  checkImage: (request) => checkImage(request),
};

const BASE = "https://registry.test/openapi.json";
let document: OpenApiDocument;
let ajv: Ajv2020;
let bearer: Record<string, string>;
const family = token();
const sha = `c${family}`.padEnd(64, "0");
let fixture: { parent: string; child: string; team: string; otherTeam: string };

beforeAll(async () => {
  cycloneDxErrors({}); // compiles the official schema once (seconds on a busy machine)
  const response = openApi();
  expect(response.status).toBe(200);
  document = (await response.json()) as OpenApiDocument;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The description itself is the schema document: component refs resolve inside it.
  ajv.addSchema(JSON.parse(JSON.stringify(document).replaceAll('"#/components/', `"${BASE}#/components/`)), BASE);

  const admin = await createPerson(prisma, { roles: ["ADMIN"] });
  const team = await createTeamRow(prisma);
  const member = await createPerson(prisma, { teamIds: [team.id] });
  bearer = { Authorization: `Bearer ${(await issueApiToken(prisma, { userId: member.user.id, name: "openapi", expiresInDays: 30 }, SYSTEM_ACTOR)).token}` };
  const otherTeam = await createTeamRow(prisma);
  const architectureKey = await createArchitecture();
  const license = await newLicense(admin, { COMMERCIAL_OUTPUTS: "ALLOWED", RESEARCH: "ALLOWED" });
  const parent = await newVersion(admin, { architectureKey, name: `OpenAPI Parent ${family}`, licenseIds: [license.licenseId] });
  const child = await newVersion(admin, {
    architectureKey,
    name: `OpenAPI Child ${family}`,
    licenseIds: [license.licenseId],
    parents: [{ id: parent.versionId }],
    sha256: sha,
  });
  await approve(child.versionId, ["COMMERCIAL_OUTPUTS"], { grantedById: admin.user.id, teamId: team.id, conditions: ["Credit the studio"] });
  await approve(parent.versionId, ["RESEARCH"], { grantedById: admin.user.id, waiverExpiresAt: new Date(Date.now() + 86_400_000) });
  fixture = { parent: parent.versionId, child: child.versionId, team: team.slug, otherTeam: otherTeam.slug };
});

interface Call {
  operationId: string;
  path: string;
  /** A JSON body: the call is a POST. */
  body?: unknown;
  id?: string;
  headers?: Record<string, string>;
  status: number;
}

function calls(): Call[] {
  const missing = "00000000-0000-4000-8000-000000000000";
  return [
    { operationId: "listCheckpoints", path: `/checkpoints?q=OpenAPI+${family}&approved=COMMERCIAL_OUTPUTS`, status: 200 },
    { operationId: "listCheckpoints", path: `/checkpoints?arch=SDXL,SD1&kind=BASE&sort=released&page=2`, status: 200 },
    { operationId: "listCheckpoints", path: "/checkpoints?kind=HUGE&page=0", status: 400 },
    { operationId: "listCheckpoints", path: "/checkpoints", headers: {}, status: 401 },
    { operationId: "getVersion", path: `/versions/${fixture.child}`, id: fixture.child, status: 200 },
    { operationId: "getVersion", path: `/versions/${fixture.parent}`, id: fixture.parent, status: 200 },
    { operationId: "getVersion", path: "/versions/not-a-uuid", id: "not-a-uuid", status: 400 },
    { operationId: "getVersion", path: `/versions/${fixture.child}`, id: fixture.child, headers: { Authorization: "Bearer cpr_wrong" }, status: 401 },
    { operationId: "getVersion", path: `/versions/${missing}`, id: missing, status: 404 },
    { operationId: "getVersionBom", path: `/versions/${fixture.child}/bom`, id: fixture.child, status: 200 },
    { operationId: "getVersionBom", path: "/versions/nope/bom", id: "nope", status: 400 },
    { operationId: "getVersionBom", path: `/versions/${fixture.child}/bom`, id: fixture.child, headers: {}, status: 401 },
    { operationId: "getVersionBom", path: `/versions/${missing}/bom`, id: missing, status: 404 },
    { operationId: "lookupFile", path: `/lookup?sha256=${sha}`, status: 200 },
    { operationId: "lookupFile", path: `/lookup?sha256=${sha.toUpperCase()}&use=COMMERCIAL_OUTPUTS&team=${fixture.team}`, status: 200 },
    { operationId: "lookupFile", path: `/lookup?sha256=${sha}&use=COMMERCIAL_OUTPUTS&team=${fixture.otherTeam}`, status: 403 },
    { operationId: "lookupFile", path: "/lookup?sha256=xyz&use=SELLING", status: 400 },
    { operationId: "lookupFile", path: `/lookup?sha256=${sha}`, headers: {}, status: 401 },
    { operationId: "lookupFile", path: `/lookup?sha256=${"f".repeat(64)}`, status: 404 },
    { operationId: "getTeamBom", path: `/bom?team=${fixture.team}&use=COMMERCIAL_OUTPUTS`, status: 200 },
    { operationId: "getTeamBom", path: "/bom?use=SELLING", status: 400 },
    { operationId: "getTeamBom", path: `/bom?team=${fixture.team}&use=RESEARCH`, headers: {}, status: 401 },
    { operationId: "getTeamBom", path: `/bom?team=no-such-${family}&use=RESEARCH`, status: 404 },
    { operationId: "getOpenApiDescription", path: "/openapi.json", headers: {}, status: 200 },
    { operationId: "lookupFile", path: `/lookup?autov2=${sha.slice(0, 10)}&use=COMMERCIAL_OUTPUTS`, status: 200 },
    {
      operationId: "checkImage",
      path: "/images/check",
      body: { models: [{ role: "checkpoint", name: "child.safetensors", hash: sha.slice(0, 10) }] },
      status: 200,
    },
    { operationId: "checkImage", path: "/images/check", body: { parameters: "a castle\nSteps: 20, Model hash: 0123456789, Model: unknown" }, status: 200 },
    { operationId: "checkImage", path: "/images/check", body: {}, status: 400 },
    { operationId: "checkImage", path: "/images/check", body: { models: [] }, headers: {}, status: 401 },
  ];
}

function operation(operationId: string) {
  const found = operationsOf(document).find((entry) => entry.op.operationId === operationId);
  if (!found) throw new Error(`${operationId} is not documented`);
  return { route: found.path, method: found.method, op: found.op };
}

describe("the OpenAPI description of /api/v1", () => {
  it("is OpenAPI 3.1 and documents exactly the route handlers under app/api/v1", () => {
    expect(document.openapi).toBe("3.1.0");
    const routeFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? routeFiles(path.join(dir, entry.name)) : entry.name === "route.ts" ? [dir] : [],
      );
    const root = path.join(process.cwd(), "app", "api", "v1");
    const routes = routeFiles(root).map((dir) => `/${path.relative(root, dir).replace(/\[(\w+)\]/g, "{$1}")}`);
    expect(Object.keys(document.paths).sort()).toEqual(routes.sort());
    for (const route of Object.keys(document.paths)) expect(existsSync(path.join(root, route.replace(/\{(\w+)\}/g, "[$1]"), "route.ts"))).toBe(true);
  });

  it("every documented operation is called, with every status it documents", () => {
    const documented = operationsOf(document).flatMap(({ op }) => Object.keys(op.responses).map((status) => `${op.operationId} ${status}`));
    const called = new Set(calls().map((call) => `${call.operationId} ${call.status}`));
    expect(documented.filter((entry) => !called.has(entry))).toEqual([]);
    expect(Object.keys(HANDLERS).sort()).toEqual(
      operationsOf(document)
        .map(({ op }) => op.operationId)
        .sort(),
    );
  });

  it("each real response matches the description: status, content type and body", async () => {
    for (const call of calls()) {
      const { route, method, op } = operation(call.operationId);
      expect(method, call.operationId).toBe(call.body === undefined ? "get" : "post");
      // The call's path is one the description's path template matches.
      expect(call.path.split("?")[0]).toMatch(new RegExp(`^${route.replace(/\{\w+\}/g, "[^/]+")}$`));
      const request = new Request(`http://localhost/api/v1${call.path}`, {
        method: call.body === undefined ? "GET" : "POST",
        headers: { ...(call.headers ?? bearer), ...(call.body === undefined ? {} : { "Content-Type": "application/json" }) },
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      });
      const response = await HANDLERS[call.operationId]!(request, { params: Promise.resolve({ id: call.id ?? "" }) });
      const label = `${call.operationId} ${call.path} → ${response.status}`;
      expect(response.status, label).toBe(call.status);
      const documented = op.responses[String(response.status)];
      expect(documented, `${label} is not documented`).toBeDefined();
      const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
      const content = documented!.content?.[mediaType];
      expect(content, `${label}: ${mediaType} is not documented`).toBeDefined();
      const body: unknown = await response.json();
      if (content!.schema.$ref === CYCLONEDX_SCHEMA_URL) {
        expect(cycloneDxErrors(body), label).toEqual([]);
      } else {
        const schema = JSON.parse(JSON.stringify(content!.schema).replaceAll('"#/components/', `"${BASE}#/components/`)) as object;
        const validate = ajv.compile(schema);
        expect(validate(body) ? [] : validate.errors, label).toEqual([]);
      }
    }
  });

  it("query parameters come from the zod schemas the routes parse with", () => {
    const lookupParameters = operation("lookupFile").op.parameters;
    expect(lookupParameters.map((parameter) => [parameter.name, parameter.required])).toEqual([
      ["sha256", false],
      ["autov2", false],
      ["use", false],
      ["team", false],
    ]);
    expect(lookupParameters[0]!.schema).toMatchObject({ type: "string", pattern: "^[0-9a-fA-F]{64}$" });
    const kind = operation("listCheckpoints").op.parameters.find((parameter) => parameter.name === "kind")!;
    expect(kind).toMatchObject({ style: "form", explode: true, schema: { type: "array", items: { enum: ["BASE", "FINETUNE", "MERGE", "DISTILLED"] } } });
    expect(operation("getTeamBom").op.parameters.map((parameter) => [parameter.name, parameter.required])).toEqual([
      ["team", true],
      ["use", true],
    ]);
  });

  it("a body that breaks the description is caught (the check is not vacuous)", () => {
    const validate = ajv.compile({ $ref: `${BASE}#/components/schemas/LookupResponse` });
    expect(validate({ sha256: "x", team: null, matches: [] })).toBe(false);
    expect(validate({ sha256: "a".repeat(64), team: null, matches: [], surprise: 1 })).toBe(false);
    expect(validate({ sha256: "a".repeat(64), team: null, matches: [] })).toBe(true);
  });
});

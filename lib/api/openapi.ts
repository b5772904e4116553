import { z } from "zod";
import { apiRegistry } from "@/lib/api/api-registry";
import { bomQuerySchema } from "@/lib/api/bom-query";
import "@/lib/api/checkpoints-response";
import "@/lib/api/error-response";
import "@/lib/api/image-check-response";
import "@/lib/api/lookup-response";
import "@/lib/api/version-response";
import { browseQuerySchema } from "@/lib/catalog/browse-query";
import { lookupQuerySchema } from "@/lib/catalog/lookup-query";
import { imageCheckRequestSchema } from "@/lib/schemas/image-check";

// The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the routes parse their
// parameters with (lib/catalog/*-query.ts, lib/api/bom-query.ts) and build their bodies to
// (lib/api/*-response.ts): one source of truth. Served at /api/v1/openapi.json, rendered at /docs/api,
// and every operation is called and checked against it in tests/integration/api/openapi.test.ts.

type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: "query" | "path";
  required: boolean;
  description?: string;
  schema: JsonSchema;
  style?: "form";
  explode?: boolean;
}

export interface OpenApiResponse {
  description: string;
  content?: Record<string, { schema: JsonSchema }>;
}

export interface OpenApiOperation {
  operationId: string;
  requestBody?: { required: boolean; description: string; content: Record<string, { schema: JsonSchema }> };
  summary: string;
  description: string;
  tags: string[];
  parameters: OpenApiParameter[];
  responses: Record<string, OpenApiResponse>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  jsonSchemaDialect: string;
  servers: { url: string; description: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, { get?: OpenApiOperation; post?: OpenApiOperation }>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
}

export const CYCLONEDX_JSON = "application/vnd.cyclonedx+json";
/** The official CycloneDX 1.6 JSON schema (draft-07), which every BOM this API returns validates against. */
export const CYCLONEDX_SCHEMA_URL = "http://cyclonedx.org/schema/bom-1.6.schema.json";

const ref = (id: string): JsonSchema => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: JsonSchema) => ({ "application/json": { schema } });
const errorResponse = (description: string): OpenApiResponse => ({ description, content: json(ref("Error")) });

// Every operation is open to every active user's token (a deactivated owner's token is a 401); an
// operation whose policy can refuse (a team the caller is not in) lists its own 403.
const COMMON_ERRORS: Record<string, OpenApiResponse> = {
  "401": errorResponse("No token, or an unknown, expired or revoked one, or its owner was deactivated (code UNAUTHENTICATED)."),
};
const INVALID = { "400": errorResponse("Invalid parameters (code INVALID_REQUEST); `details` names each one.") };

const LIST_PARAMETERS = new Set(["arch", "kind", "prompt", "status", "approved", "effectiveStatus"]);

/** Query parameters from a zod object schema: one per key, its JSON Schema as the route reads it. */
function queryParameters(schema: z.ZodObject, descriptions: Record<string, string> = {}): OpenApiParameter[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const fieldSchema = field as z.ZodType;
    const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(fieldSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as JsonSchema;
    const description = descriptions[name] ?? (jsonSchema.description as string | undefined);
    delete jsonSchema.description;
    return {
      name,
      in: "query" as const,
      required: !fieldSchema.safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: jsonSchema,
      ...(LIST_PARAMETERS.has(name) ? { style: "form" as const, explode: true } : {}),
    };
  });
}

/** A request body's JSON Schema as the route parses it (zod input). */
function requestSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any" }) as JsonSchema;
  return jsonSchema;
}

/** Every operation of the description with its path and method, in document order. */
export function operationsOf(document: OpenApiDocument): { path: string; method: "get" | "post"; op: OpenApiOperation }[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    (["get", "post"] as const).flatMap((method) => (item[method] ? [{ path, method, op: item[method]! }] : [])),
  );
}

const versionIdParameter: OpenApiParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "A checkpoint version's id.",
  schema: { type: "string", format: "uuid" },
};

/** components.schemas from the API registry, each a plain JSON Schema 2020-12 object. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiRegistry, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

let cached: OpenApiDocument | null = null;

export function openApiDocument(): OpenApiDocument {
  return (cached ??= buildOpenApiDocument());
}

function buildOpenApiDocument(): OpenApiDocument {
  const bomContent = { [CYCLONEDX_JSON]: { schema: { $ref: CYCLONEDX_SCHEMA_URL } } };
  return {
    openapi: "3.1.0",
    info: {
      title: "Checkpoint Registry API",
      version: "1",
      description:
        "Read-only JSON over the registry of approved image-generation checkpoints: the catalog, a version's lineage, license layers, effective terms and approvals, look-up by file hash, and CycloneDX 1.6 ML-BOMs. Authenticate with an API token (Settings → API tokens, or `npm run token:create`) as `Authorization: Bearer <token>`; it acts with its owner's rights.",
    },
    jsonSchemaDialect: "https://spec.openapis.org/oas/3.1/dialect/base",
    servers: [{ url: "/api/v1", description: "This registry" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/checkpoints": {
        get: {
          operationId: "listCheckpoints",
          summary: "List and filter checkpoint versions",
          description:
            "The browse page's list, filters, sorting and paging (25 a page). Repeat a list parameter, or separate its values with commas, for several values.",
          tags: ["Catalog"],
          parameters: queryParameters(browseQuerySchema, {
            q: "Search names, aliases and version labels (every word must start a word of the name).",
            arch: "Architecture keys, e.g. SDXL.",
            approved: "Uses that must each be approved right now (for `team`, when given).",
            effective: "With `effectiveStatus`: the effective status of this use must be one of them (default ALLOWED or CONDITIONAL).",
            license: "A license key anywhere in the lineage, e.g. LicenseRef-creativeml-openrail-m.",
            team: "Team slug: only approvals for that team (or for every team) count.",
          }),
          responses: { "200": { description: "A page of versions.", content: json(ref("CheckpointList")) }, ...INVALID, ...COMMON_ERRORS },
        },
      },
      "/versions/{id}": {
        get: {
          operationId: "getVersion",
          summary: "One version: lineage, license stack, effective terms, approvals",
          description: "Everything the version's page shows except its history and notices.",
          tags: ["Catalog"],
          parameters: [versionIdParameter],
          responses: {
            "200": { description: "The version.", content: json(ref("VersionDetail")) },
            "400": errorResponse("The id is not a UUID (code INVALID_REQUEST)."),
            ...COMMON_ERRORS,
            "404": errorResponse("No version has this id (code NOT_FOUND)."),
          },
        },
      },
      "/versions/{id}/bom": {
        get: {
          operationId: "getVersionBom",
          summary: "A version as a CycloneDX 1.6 ML-BOM",
          description:
            "One `machine-learning-model` component: SHA-256, the licences concluded for it (its own and every ancestor's), links, its lineage as nested `pedigree.ancestors`, and per use its effective status, approvals, conditions and waivers as `checkpoint-registry:use:<USE>:…` properties.",
          tags: ["Bill of materials"],
          parameters: [versionIdParameter],
          responses: {
            "200": { description: "A CycloneDX 1.6 JSON document.", content: bomContent },
            "400": errorResponse("The id is not a UUID (code INVALID_REQUEST)."),
            ...COMMON_ERRORS,
            "404": errorResponse("No version has this id (code NOT_FOUND)."),
          },
        },
      },
      "/lookup": {
        get: {
          operationId: "lookupFile",
          summary: "Is this file catalogued, and approved for a use?",
          description:
            "Which catalogued versions have the file with this SHA-256, and the uses approved for them right now. With `use`, `approved` answers yes or no and `approvals` lists the approvals that allow it.",
          tags: ["Look-up"],
          parameters: queryParameters(lookupQuerySchema, {
            sha256: "The file's SHA-256, 64 hexadecimal characters. Send it or `autov2`.",
            autov2:
              "AutoV2 (the first 10 hexadecimal characters of the SHA-256, as A1111 and Civitai show it): every version whose SHA-256 starts with it matches.",
            use: "Answer whether the file is approved for this use.",
            team: "Team slug: that team's approvals count as well as those for every team (without it, only those for every team). Only the team's members may ask.",
          }),
          responses: {
            "200": { description: "The matching versions.", content: json(ref("LookupResponse")) },
            ...INVALID,
            ...COMMON_ERRORS,
            "403": errorResponse("`team` names a team the token's owner does not belong to (code FORBIDDEN)."),
            "404": errorResponse("No catalogued version has this SHA-256 (code NOT_FOUND)."),
          },
        },
      },
      "/bom": {
        get: {
          operationId: "getTeamBom",
          summary: "CycloneDX 1.6 ML-BOM of what a team may use for a use, right now",
          description:
            "One component per version with an approval that holds now for the use, scoped to the team or to every team. Each says `checkpoint-registry:use:<USE>:approved` and lists the approvals that count.",
          tags: ["Bill of materials"],
          parameters: queryParameters(bomQuerySchema),
          responses: {
            "200": { description: "A CycloneDX 1.6 JSON document.", content: bomContent },
            ...INVALID,
            ...COMMON_ERRORS,
            "404": errorResponse("No team has this slug (code NOT_FOUND)."),
          },
        },
      },
      "/images/check": {
        post: {
          operationId: "checkImage",
          summary: "Was this image made with an approved model?",
          description:
            "Send the image's generation metadata: `models` as extracted, or the raw `parameters` (A1111) or `prompt` / `workflow` (ComfyUI), and optionally a `team`. Answers which models it names, which catalogued versions they are, and per use whether the image's models are approved. Read-only.",
          tags: ["Look-up"],
          parameters: [],
          requestBody: { required: true, description: "The image's metadata as JSON.", content: json(requestSchema(imageCheckRequestSchema)) },
          responses: {
            "200": { description: "The models found and a verdict per use.", content: json(ref("ImageCheckResult")) },
            "400": errorResponse("No or invalid metadata (code INVALID_REQUEST); `details` names each field."),
            ...COMMON_ERRORS,
          },
        },
      },
      "/openapi.json": {
        get: {
          operationId: "getOpenApiDescription",
          summary: "This description",
          description: "The OpenAPI 3.1 description of /api/v1. Needs no token.",
          tags: ["Meta"],
          parameters: [],
          security: [],
          responses: { "200": { description: "An OpenAPI 3.1 document.", content: json({ type: "object", required: ["openapi", "paths"] }) } },
        },
      },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token: `cpr_…`." } },
    },
  };
}

import { z } from "zod";
import { apiRegistry } from "@/lib/api/api-registry";
import { intendedUseSchema, termStatusSchema } from "@/lib/api/lookup-response";
import { CATALOG_STATUSES } from "@/lib/catalog/approval-summary";
import { VERSION_KINDS } from "@/lib/licensing/vocabulary";

// The body of GET /api/v1/checkpoints (the route builds it from the browse read model).

export const catalogStatusSchema = z.enum(CATALOG_STATUSES).register(apiRegistry, { id: "CatalogStatus" });
export const versionKindSchema = z.enum(VERSION_KINDS).register(apiRegistry, { id: "VersionKind" });

export const checkpointRowSchema = z
  .object({
    id: z.guid(),
    name: z.string(),
    version: z.string(),
    kind: versionKindSchema,
    architecture: z.object({ key: z.string(), name: z.string() }),
    licenses: z.array(z.object({ key: z.string(), name: z.string() })).describe("The version's own license layers."),
    status: catalogStatusSchema,
    uses: z
      .partialRecord(intendedUseSchema, z.enum(["APPROVED", "APPROVED_WITH_WAIVER", "NEEDS_REVIEW", "EXPIRED"]))
      .describe("Per use with an approval: its best standing now."),
    effective: z.record(intendedUseSchema, termStatusSchema).describe("The license engine's effective status per use."),
    violations: z.number().int().describe("Lineage violations of severity error."),
    url: z.string(),
    api: z.string(),
  })
  .register(apiRegistry, { id: "CheckpointRow" });

export const checkpointListSchema = z
  .object({
    data: z.array(checkpointRowSchema),
    page: z.number().int(),
    pageSize: z.number().int(),
    pageCount: z.number().int(),
    total: z.number().int(),
    totalCapped: z.boolean().describe("true: more than `total` match (counted up to ten pages past this one)."),
  })
  .register(apiRegistry, { id: "CheckpointList" });

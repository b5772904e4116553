import { z } from "zod";
import { apiRegistry } from "@/lib/api/api-registry";
import { INTENDED_USES, TERM_STATUSES } from "@/lib/licensing/vocabulary";

// The body of GET /api/v1/lookup. The route builds it, the OpenAPI description publishes it
// (lib/api/openapi.ts) and the verify CLI reads it: one schema for all three.

export const intendedUseSchema = z.enum(INTENDED_USES).register(apiRegistry, { id: "IntendedUse", description: "An intended use of a checkpoint." });
export const termStatusSchema = z.enum(TERM_STATUSES).register(apiRegistry, { id: "TermStatus" });

export const lookupApprovalSchema = z
  .object({
    approvalId: z.guid(),
    team: z.object({ slug: z.string(), name: z.string() }).nullable().describe("null: approved for every team."),
    use: intendedUseSchema,
    waived: z.boolean().describe("The use is approved under a recorded waiver."),
    validUntil: z.iso.datetime({ offset: true }).describe("Until when the approval holds: its review-by date or an earlier waiver expiry."),
    conditions: z.array(z.string()),
  })
  .register(apiRegistry, { id: "LookupApproval" });

export const lookupMatchSchema = z
  .object({
    id: z.guid(),
    name: z.string(),
    version: z.string(),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .describe("The catalogued file's full SHA-256 (with `autov2`, the one that matched)."),
    checkpoint: z.object({ name: z.string(), slug: z.string() }),
    architecture: z.string(),
    kind: z.string(),
    effectiveTerms: z.partialRecord(intendedUseSchema, termStatusSchema),
    approvedUses: z.array(intendedUseSchema).describe("Uses approved right now (for the team asked about, when given)."),
    approvals: z.array(lookupApprovalSchema),
    url: z.string(),
    api: z.string(),
  })
  .register(apiRegistry, { id: "LookupMatch" });

export const lookupResponseSchema = z
  .object({
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional()
      .describe("The SHA-256 asked about (when the request named one)."),
    autov2: z
      .string()
      .regex(/^[0-9a-f]{10}$/)
      .optional()
      .describe("The AutoV2 short hash asked about (when the request named one): every version whose SHA-256 starts with it matches."),
    team: z.string().nullable(),
    matches: z.array(lookupMatchSchema),
    use: intendedUseSchema.optional().describe("Only when the request named a use."),
    approved: z.boolean().optional().describe("With `use`: whether any approval allows it right now."),
    approvals: z
      .array(lookupApprovalSchema.extend({ versionId: z.guid() }))
      .optional()
      .describe("With `use`: the approvals that allow it."),
  })
  .register(apiRegistry, { id: "LookupResponse" });

export type LookupResponse = z.infer<typeof lookupResponseSchema>;
export type LookupApprovalBody = z.infer<typeof lookupApprovalSchema>;

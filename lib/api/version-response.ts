import { z } from "zod";
import { apiRegistry } from "@/lib/api/api-registry";
import { catalogStatusSchema } from "@/lib/api/checkpoints-response";
import { intendedUseSchema, termStatusSchema } from "@/lib/api/lookup-response";

// The body of GET /api/v1/versions/{id}: the detail page's data without its history and notices.

const dateTime = z.iso.datetime({ offset: true });
const sourcedText = z.object({ text: z.string(), sources: z.array(z.string()) });

export const versionDetailSchema = z
  .object({
    id: z.guid(),
    name: z.string(),
    version: z.string(),
    kind: z.string(),
    revision: z.number().int(),
    architecture: z.object({ key: z.string(), name: z.string() }),
    facts: z.object({
      publisher: z.string().nullable(),
      sourceUrl: z.string().nullable(),
      sha256: z.string().nullable(),
      autov2: z.string().nullable().describe("AutoV2: the first 10 hexadecimal characters of the SHA-256."),
      fileSizeBytes: z.number().nullable(),
      fileName: z.string().nullable(),
      fileFormat: z.string().nullable(),
      nativeResolution: z.number().int().nullable(),
      promptStyle: z.string().nullable(),
      releasedAt: z.string().nullable(),
    }),
    notes: z.object({
      bestFor: z.string().nullable(),
      pros: z.array(z.string()),
      cons: z.array(z.string()),
      knownFlaws: z.array(z.string()),
      licenseNotes: z.string().nullable(),
    }),
    checkpoint: z.object({
      id: z.guid(),
      slug: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      description: z.string().nullable(),
      versions: z.array(z.object({ id: z.guid(), version: z.string(), kind: z.string() })),
    }),
    status: catalogStatusSchema,
    lineage: z.object({
      nodes: z.array(z.object({ id: z.guid(), label: z.string(), kind: z.string(), depth: z.number().int(), current: z.boolean() })),
      edges: z.array(z.object({ id: z.guid(), source: z.guid(), target: z.guid(), relation: z.string(), weight: z.number().nullable() })),
      hiddenDescendants: z.number().int(),
    }),
    stack: z
      .array(
        z.object({
          versionId: z.string(),
          name: z.string(),
          depth: z.number().int(),
          layers: z.array(
            z.object({
              kind: z.enum(["license", "creator-terms", "license-not-recorded", "lineage-not-recorded", "version-not-found"]),
              title: z.string(),
              licenseKey: z.string().nullable(),
              url: z.string().nullable(),
              revision: z.number().int().nullable(),
              terms: z.array(
                z.object({
                  use: intendedUseSchema,
                  status: termStatusSchema,
                  conditions: z.array(z.string()),
                  stated: z.boolean(),
                  basis: z.string().nullable().describe("The clause of the licence that decides the use, e.g. 'RAIL++-M §6 and §5'."),
                }),
              ),
              obligations: z.array(z.string()),
              passThrough: z.string().nullable(),
              unknowns: z.array(z.string()),
              text: z.string().nullable(),
            }),
          ),
        }),
      )
      .describe("Every license and creator-terms layer of the version and its ancestors, nearest first."),
    effective: z.object({
      uses: z.array(
        z.object({
          use: intendedUseSchema,
          status: termStatusSchema,
          conditions: z.array(z.string()),
          decidedBy: z.array(z.string()),
          explanation: z.string(),
          keyedConditions: z
            .array(
              z.object({
                key: z.string(),
                label: z.string(),
                met: z.boolean(),
                fact: z
                  .object({
                    id: z.string(),
                    met: z.boolean(),
                    evidenceReference: z.string(),
                    recordedBy: z.string(),
                    recordedAt: z.string(),
                    reviewBy: z.string(),
                  })
                  .nullable(),
              }),
            )
            .describe("Organisation conditions of the use (settled once at /settings/organisation), met or open."),
          usableWithoutWaiver: z.boolean().describe("ALLOWED, or CONDITIONAL with every organisation condition met."),
        }),
      ),
      decidingClauses: z
        .array(
          z.object({
            licenseVersionId: z.string(),
            licenseKey: z.string(),
            licenseName: z.string(),
            revision: z.number().int(),
            url: z.string().nullable(),
            declaredBy: z.array(z.string()),
            clauses: z.array(z.object({ use: intendedUseSchema, status: termStatusSchema, basis: z.string().nullable(), stated: z.boolean() })),
          }),
        )
        .describe("Each licence that decides a use, once, with its clause per use and a link to its text."),
      obligations: z.array(sourcedText),
      passThrough: z.array(sourcedText),
      unknowns: z.array(sourcedText),
      violations: z.array(z.object({ code: z.string(), severity: z.enum(["error", "warning"]), message: z.string() })),
    }),
    approvals: z.array(
      z.object({
        id: z.guid(),
        state: z.enum(["ACTIVE", "NEEDS_REVIEW", "REVOKED", "EXPIRED"]),
        stateReasons: z.array(z.string()),
        waiverExpiringSoon: z.boolean(),
        team: z.object({ id: z.guid(), name: z.string() }).nullable(),
        uses: z.array(z.object({ use: intendedUseSchema, statusAtApproval: termStatusSchema, condition: z.string().nullable() })),
        waivers: z.array(
          z.object({
            use: intendedUseSchema,
            reason: z.string(),
            reference: z.string().nullable(),
            comment: z.string().nullable().describe("Only for the approval's team, reviewers, auditors and admins."),
            expiresAt: dateTime,
            grantedBy: z.string(),
          }),
        ),
        conditions: z.array(z.string()),
        reviewBy: dateTime,
        grantedAt: dateTime,
        needsReviewReason: z.string().nullable(),
        needsReviewSince: dateTime.nullable(),
        revokedAt: dateTime.nullable(),
        revokedReason: z.string().nullable(),
        requestId: z.guid().nullable(),
        rationaleWithheld: z
          .boolean()
          .describe("true: waiver references and comments are withheld from this caller (not the approval's team, a reviewer, auditor or admin)."),
      }),
    ),
    url: z.string(),
  })
  .register(apiRegistry, { id: "VersionDetail" });

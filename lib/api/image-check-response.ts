import { z } from "zod";
import { apiRegistry } from "@/lib/api/api-registry";
import { intendedUseSchema } from "@/lib/api/lookup-response";
import { IMAGE_USES } from "@/lib/image-metadata/image-verdict";

// The body of POST /api/v1/images/check (lib/image-metadata/image-verdict.ts builds it), for the
// OpenAPI description.

const versionRef = z.object({ id: z.guid(), name: z.string(), sha256: z.string().nullable(), fileName: z.string().nullable() });
const matchKind = z.enum(["SHA256", "AUTOV2", "HASH_PREFIX", "FILE_NAME", "CIVITAI_NAME"]);

export const imageCheckResultSchema = z
  .object({
    status: z.enum(["NO_METADATA", "CHECKED"]),
    generator: z.string().nullable(),
    team: z.object({ slug: z.string(), name: z.string() }).nullable(),
    models: z.array(
      z.object({
        reference: z
          .looseObject({ role: z.string() })
          .describe("The model as the image's metadata names it (role, name, hash, Civitai ids, where it was found)."),
        identification: z.union([
          z.object({ status: z.literal("IDENTIFIED"), matchedBy: matchKind, version: versionRef }),
          z.object({ status: z.literal("NOT_IN_REGISTRY") }),
          z.object({ status: z.literal("AMBIGUOUS"), matchedBy: matchKind, candidates: z.array(versionRef) }),
          z.object({ status: z.literal("UNIDENTIFIABLE") }),
        ]),
        approvals: z.array(
          z.object({
            use: intendedUseSchema,
            approvalId: z.guid(),
            team: z.object({ slug: z.string(), name: z.string() }).nullable(),
            conditions: z.array(z.string()),
            validUntil: z.string(),
            waiver: z.object({ reason: z.string(), expiresAt: z.string() }).nullable(),
          }),
        ),
      }),
    ),
    verdicts: z.array(z.object({ use: z.enum(IMAGE_USES), approved: z.boolean(), message: z.string() })),
  })
  .register(apiRegistry, { id: "ImageCheckResult" });

import { z } from "zod";
import { MAX_MODEL_REFERENCES } from "@/lib/image-metadata/limits";
import { MODEL_ROLES } from "@/lib/image-metadata/model-reference";

// POST /api/v1/images/check and the /check-image page's own check: the models an image's metadata
// names (as the browser extracts them), or the raw metadata texts for the server to read the same way.

const MAX_RAW_TEXT = 2 * 1024 * 1024;

const nullableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `At most ${max} characters.` })
    .nullish()
    .transform((value) => (value ? value : null));

export const modelReferenceSchema = z.object({
  role: z.enum(MODEL_ROLES, { message: `role is one of ${MODEL_ROLES.join(", ")}.` }),
  name: nullableText(500),
  hash: z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{10,64}$/, { message: "hash is 10 to 64 hexadecimal characters: an AutoV2, A1111's 12-digit LoRA hash or a full SHA-256." })
    .transform((value) => value.toLowerCase())
    .nullish()
    .transform((value) => value ?? null),
  civitai: z
    .object({
      modelName: nullableText(300),
      versionName: nullableText(300),
      modelVersionId: z
        .number()
        .int()
        .positive()
        .nullish()
        .transform((value) => value ?? null),
    })
    .nullish()
    .transform((value) => value ?? null),
  foundIn: z.string().trim().max(200).default("request"),
});

const jsonText = z.union([
  z.string().max(MAX_RAW_TEXT, { message: "At most 2 MB of text." }),
  z.record(z.string(), z.unknown()).transform((value) => JSON.stringify(value)),
]);

export const imageCheckRequestSchema = z
  .object({
    team: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "team is a team slug, e.g. creative-studio." })
      .max(80)
      .optional(),
    generator: z.enum(["A1111", "COMFYUI"], { message: "generator is A1111 or COMFYUI." }).optional(),
    models: z
      .array(modelReferenceSchema)
      .max(MAX_MODEL_REFERENCES, { message: `At most ${MAX_MODEL_REFERENCES} models.` })
      .optional(),
    parameters: z.string().max(MAX_RAW_TEXT, { message: "At most 2 MB of text." }).optional(),
    prompt: jsonText.optional(),
    workflow: jsonText.optional(),
  })
  .refine((body) => body.models !== undefined || body.parameters !== undefined || body.prompt !== undefined || body.workflow !== undefined, {
    message: "Send the image's metadata: models (as extracted), or parameters (A1111), or prompt / workflow (ComfyUI).",
    path: ["models"],
  });
export type ImageCheckRequest = z.infer<typeof imageCheckRequestSchema>;

export function imageCheckErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.join(".") || "_"] ??= issue.message;
  return errors;
}

import "server-only";
import { imageCheckErrors, imageCheckRequestSchema } from "@/lib/schemas/image-check";
import type { Actor } from "@/lib/policy/capabilities";
import { apiError, apiJson } from "@/lib/server/api/responses";
import { prisma } from "@/lib/server/db/prisma";
import { AppError, logUnexpected } from "@/lib/server/errors";
import { checkImage } from "@/lib/server/images/check-image";

/** The JSON answer of an image check, for the API (token) and the /check-image page (session) alike. */
export async function imageCheckResponse(request: Request, actor: Actor): Promise<Response> {
  const body: unknown = await request.json().catch(() => undefined);
  if (body === undefined) return apiError("INVALID_REQUEST", "Send the image's metadata as a JSON object.");
  const parsed = imageCheckRequestSchema.safeParse(body);
  if (!parsed.success) return apiError("INVALID_REQUEST", "The image metadata is invalid.", imageCheckErrors(parsed.error));
  try {
    return apiJson(await checkImage(prisma, actor, parsed.data));
  } catch (error) {
    if (error instanceof AppError) {
      const code = error.code === "VALIDATION" ? "INVALID_REQUEST" : error.code;
      return apiError(code, error.message, error.fieldErrors);
    }
    return apiError("INTERNAL", `Something went wrong (reference ${logUnexpected(error, "image check")}).`);
  }
}

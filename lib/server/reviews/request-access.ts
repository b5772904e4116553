import "server-only";
import { canReadReviewRequest, type Actor } from "@/lib/policy/capabilities";
import { prisma } from "@/lib/server/db/prisma";

/**
 * Whether the viewer may open a review request: the same decision getReviewRequestDetail makes,
 * from three columns, so a layout can make it before the page's loading boundary starts the
 * response (after that, the status is already 200).
 */
export async function getReviewRequestAccess(id: string, actor: Actor): Promise<"allowed" | "forbidden" | "not-found"> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return "not-found";
  const row = await prisma.reviewRequest.findUnique({ where: { id }, select: { submitterId: true, teamId: true, status: true } });
  if (!row) return "not-found";
  return canReadReviewRequest(actor, row).allowed ? "allowed" : "forbidden";
}

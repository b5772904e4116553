"use server";

import { revalidatePath } from "next/cache";
import { revokeApprovalSchema } from "@/lib/schemas/approval";
import { parseInput, runAction, type ActionResult } from "@/lib/server/action-result";
import { revokeApproval } from "@/lib/server/approvals/revoke-approval";
import { requireActionUser } from "@/lib/server/auth/current-user";

export async function revokeApprovalAction(_previous: ActionResult<{ versionId: string }> | null, formData: FormData): Promise<ActionResult<{ versionId: string }>> {
  const result = await runAction("revokeApproval", async () => {
    const { user, actor } = await requireActionUser();
    return revokeApproval(actor, user, parseInput(revokeApprovalSchema, { approvalId: formData.get("approvalId"), reason: formData.get("reason") }));
  });
  if (result.ok) {
    revalidatePath(`/checkpoints/${result.data.versionId}`);
    revalidatePath("/");
  }
  return result;
}

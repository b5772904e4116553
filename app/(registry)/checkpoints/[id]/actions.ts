"use server";

import { revokeApprovalSchema } from "@/lib/schemas/approval";
import { defineFormAction } from "@/lib/server/actions/define-action";
import { revokeApproval } from "@/lib/server/approvals/revoke-approval";

export const revokeApprovalAction = defineFormAction({
  name: "revokeApproval",
  schema: revokeApprovalSchema,
  run: (input, { actor }) => revokeApproval(actor, input),
  revalidate: ({ versionId }) => [`/checkpoints/${versionId}`, "/"],
});

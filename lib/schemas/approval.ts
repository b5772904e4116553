import { z } from "zod";

export const revokeApprovalSchema = z.object({
  approvalId: z.uuid({ message: "Unknown approval." }),
  reason: z
    .string({ message: "Say why the approval is revoked." })
    .trim()
    .min(10, { message: "Say why the approval is revoked (at least 10 characters): it is recorded and shown to everyone." })
    .max(2000, { message: "Keep the reason under 2,000 characters." }),
});

export type RevokeApprovalInput = z.infer<typeof revokeApprovalSchema>;

import { grantApproval } from "@/lib/server/approvals/grant-approval";
import { only, type CallContext, type MatrixRow } from "./support/matrix";

// Standing approvals: revoking is a legal decision (legal reviewers and admins, canRevokeApproval).
// Each call revokes an approval of its own, granted on a fresh version just before the call.

async function freshApproval({ db, unique, world }: CallContext): Promise<string> {
  const slug = unique("matrix-approved");
  const version = await db.checkpointVersion.create({
    data: {
      version: "1.0",
      kind: "BASE",
      architecture: { connect: { key: "SDXL" } },
      checkpoint: { create: { slug, name: slug } },
    },
    select: { id: true },
  });
  const legal = world.users.legalReviewer;
  const { approvalId } = await db.$transaction((tx) =>
    grantApproval(
      tx,
      { id: legal.id, label: legal.email },
      {
        versionId: version.id,
        uses: ["RESEARCH"],
        reviewBy: new Date(Date.now() + 90 * 86_400_000),
        waivers: [
          {
            use: "RESEARCH",
            reason: "LEGAL_OPINION",
            comment: "No license recorded; counsel reviewed it.",
            expiresAt: new Date(Date.now() + 60 * 86_400_000),
            grantedById: legal.id,
          },
        ],
      },
    ),
  );
  return approvalId;
}

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: "app/(registry)/checkpoints/[id]/actions.ts",
    name: "revokeApprovalAction",
    allowed: only("legalReviewer", "admin"),
    audit: "approval.revoked",
    args: async (context) => [null, context.form({ approvalId: await freshApproval(context), reason: "The publisher withdrew the license grant." })],
  },
];

import { SYSTEM_ACTOR } from "@/lib/server/audit/record-audit-event";
import { issueApiToken } from "@/lib/server/tokens/issue-api-token";
import { only, SIGNED_IN, type MatrixRow } from "./support/matrix";

// API tokens: everyone signed in manages their own; admins may also revoke anyone's.

const TOKENS = "app/(registry)/settings/tokens/actions.ts";

export const rows: MatrixRow[] = [
  {
    kind: "action",
    file: TOKENS,
    name: "createApiTokenAction",
    allowed: SIGNED_IN,
    audit: "token.created",
    args: ({ form, unique }) => [null, form({ name: unique("pipeline"), expiresInDays: 30 })],
  },
  {
    kind: "action",
    file: TOKENS,
    name: "revokeApiTokenAction",
    // The token belongs to the member: they and admins may revoke it, nobody else.
    allowed: only("member", "admin"),
    audit: "token.revoked",
    args: async ({ db, form, unique, world }) => {
      const token = await issueApiToken(db, { userId: world.users.member.id, name: unique("members-token"), expiresInDays: 30 }, SYSTEM_ACTOR);
      return [null, form({ tokenId: token.id })];
    },
  },
];

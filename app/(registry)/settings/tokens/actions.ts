"use server";

import type { CreatedApiToken } from "@/lib/tokens/created-api-token";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/schemas/tokens";
import { defineFormAction } from "@/lib/server/actions/define-action";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";

export const createApiTokenAction = defineFormAction({
  name: "createApiTokenAction",
  schema: createApiTokenSchema,
  run: async (input, { actor }): Promise<CreatedApiToken> => {
    const issued = await createApiToken(actor, input);
    return { name: issued.name, prefix: issued.prefix, expiresAt: issued.expiresAt.toISOString(), token: issued.token };
  },
  revalidate: ["/settings/tokens"],
});

/** Revokes one of the caller's tokens, or (admins) anyone's, from the settings or the admin user page. */
export const revokeApiTokenAction = defineFormAction({
  name: "revokeApiTokenAction",
  schema: revokeApiTokenSchema,
  run: async (input, { actor }) => {
    await revokeApiToken(actor, input);
  },
  revalidate: ["/settings/tokens", { path: "/admin", type: "layout" }],
  message: "Revoked. The token no longer works.",
});

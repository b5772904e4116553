"use server";

import { revalidatePath } from "next/cache";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/schemas/tokens";
import { parseInput, runAction, type ActionResult } from "@/lib/server/action-result";
import { requireActionUser } from "@/lib/server/auth/current-user";
import { createApiToken } from "@/lib/server/tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/tokens/revoke-api-token";

export interface CreatedToken {
  name: string;
  prefix: string;
  expiresAt: string;
  /** Shown once by the form; never stored or shown again. */
  token: string;
}

export async function createApiTokenAction(_prev: ActionResult<CreatedToken> | null, formData: FormData): Promise<ActionResult<CreatedToken>> {
  return runAction("createApiTokenAction", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(createApiTokenSchema, { name: formData.get("name"), expiresInDays: formData.get("expiresInDays") ?? undefined });
    const issued = await createApiToken(actor, user, input);
    revalidatePath("/settings/tokens");
    return { name: issued.name, prefix: issued.prefix, expiresAt: issued.expiresAt.toISOString(), token: issued.token };
  });
}

/** Revokes one of the caller's tokens, or (admins) anyone's, from the settings or the admin user page. */
export async function revokeApiTokenAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction("revokeApiTokenAction", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(revokeApiTokenSchema, { tokenId: formData.get("tokenId") });
    await revokeApiToken(actor, user, input);
    revalidatePath("/settings/tokens");
    revalidatePath("/admin", "layout");
    return undefined;
  });
  return result.ok ? { ...result, message: "Revoked. The token no longer works." } : result;
}

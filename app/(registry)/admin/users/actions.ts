"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createUserSchema, roleChangeSchema, userIdSchema } from "@/lib/schemas/admin";
import { runAction, parseInput, type ActionResult } from "@/lib/server/action-result";
import { createUser } from "@/lib/server/admin/create-user";
import { deactivateUser, reactivateUser } from "@/lib/server/admin/set-user-active";
import { grantRole, removeRole } from "@/lib/server/admin/user-roles";
import { requireActionUser } from "@/lib/server/auth/current-user";

function revalidateUser(userId: string) {
  revalidatePath("/admin", "layout");
  revalidatePath(`/admin/users/${userId}`);
}

export async function createUserAction(_prev: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(
    "createUserAction",
    async () => {
      const { user, actor } = await requireActionUser();
      const input = parseInput(createUserSchema, {
        email: formData.get("email"),
        name: formData.get("name") ?? undefined,
        roles: formData.getAll("roles"),
        teamIds: formData.getAll("teamIds"),
        signIn: formData.get("signIn"),
        password: formData.get("password") ?? undefined,
      });
      return createUser(actor, user, input);
    },
    { email: "A user with this email already exists." },
  );
  if (!result.ok) return result;
  revalidateUser(result.data.id);
  redirect(`/admin/users/${result.data.id}?created=1`);
}

export async function deactivateUserAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction("deactivateUserAction", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(userIdSchema, { userId: formData.get("userId") });
    await deactivateUser(actor, user, input);
    revalidateUser(input.userId);
    return undefined;
  });
  return result.ok ? { ...result, message: "Deactivated. Their session ends on their next request." } : result;
}

export async function reactivateUserAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction("reactivateUserAction", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(userIdSchema, { userId: formData.get("userId") });
    await reactivateUser(actor, user, input);
    revalidateUser(input.userId);
    return undefined;
  });
  return result.ok ? { ...result, message: "Reactivated. They can sign in again." } : result;
}

export async function grantRoleAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction("grantRoleAction", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(roleChangeSchema, { userId: formData.get("userId"), role: formData.get("role") });
    await grantRole(actor, user, input);
    revalidateUser(input.userId);
    return undefined;
  });
}

export async function removeRoleAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction("removeRoleAction", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(roleChangeSchema, { userId: formData.get("userId"), role: formData.get("role") });
    await removeRole(actor, user, input);
    revalidateUser(input.userId);
    return undefined;
  });
}

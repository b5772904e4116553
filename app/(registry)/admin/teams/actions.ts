"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addTeamMemberSchema, createTeamSchema, removeTeamMemberSchema, renameTeamSchema } from "@/lib/schemas/admin";
import { parseInput, runAction, type ActionResult } from "@/lib/server/action-result";
import { createTeam } from "@/lib/server/admin/create-team";
import { renameTeam } from "@/lib/server/admin/rename-team";
import { addTeamMember, removeTeamMember } from "@/lib/server/admin/team-members";
import { requireActionUser } from "@/lib/server/auth/current-user";

// Team pages and user pages both show memberships: revalidate the whole admin area.
const revalidateAdmin = () => revalidatePath("/admin", "layout");

export async function createTeamAction(_prev: ActionResult<{ id: string }> | null, formData: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await runAction(
    "createTeamAction",
    async () => {
      const { user, actor } = await requireActionUser();
      const input = parseInput(createTeamSchema, { name: formData.get("name"), slug: formData.get("slug") ?? undefined });
      return createTeam(actor, user, input);
    },
    { slug: "A team with this short name already exists." },
  );
  if (!result.ok) return result;
  revalidateAdmin();
  redirect(`/admin/teams/${result.data.id}?created=1`);
}

export async function renameTeamAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction("renameTeamAction", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(renameTeamSchema, { teamId: formData.get("teamId"), name: formData.get("name") });
    await renameTeam(actor, user, input);
    revalidateAdmin();
    return undefined;
  });
  return result.ok ? { ...result, message: "Renamed." } : result;
}

export async function addTeamMemberAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const result = await runAction("addTeamMemberAction", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(addTeamMemberSchema, { teamId: formData.get("teamId"), email: formData.get("email") });
    await addTeamMember(actor, user, input);
    revalidateAdmin();
    return undefined;
  });
  return result.ok ? { ...result, message: "Added." } : result;
}

export async function removeTeamMemberAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAction("removeTeamMemberAction", async () => {
    const { user, actor } = await requireActionUser();
    const input = parseInput(removeTeamMemberSchema, { teamId: formData.get("teamId"), userId: formData.get("userId") });
    await removeTeamMember(actor, user, input);
    revalidateAdmin();
    return undefined;
  });
}

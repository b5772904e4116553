"use server";

import { addTeamMemberSchema, createTeamSchema, removeTeamMemberSchema, renameTeamSchema } from "@/lib/schemas/admin";
import { defineFormAction, type Revalidation } from "@/lib/server/actions/define-action";
import { createTeam } from "@/lib/server/admin/create-team";
import { renameTeam } from "@/lib/server/admin/rename-team";
import { addTeamMember, removeTeamMember } from "@/lib/server/admin/team-members";

// Team pages and user pages both show memberships: revalidate the whole admin area.
const ADMIN: readonly Revalidation[] = [{ path: "/admin", type: "layout" }];

export const createTeamAction = defineFormAction({
  name: "createTeamAction",
  schema: createTeamSchema,
  run: (input, { actor }) => createTeam(actor, input),
  uniqueFields: { slug: "A team with this short name already exists." },
  revalidate: ADMIN,
  redirectTo: ({ id }) => `/admin/teams/${id}?created=1`,
});

export const renameTeamAction = defineFormAction({
  name: "renameTeamAction",
  schema: renameTeamSchema,
  run: async (input, { actor }) => {
    await renameTeam(actor, input);
  },
  revalidate: ADMIN,
  message: "Renamed.",
});

export const addTeamMemberAction = defineFormAction({
  name: "addTeamMemberAction",
  schema: addTeamMemberSchema,
  run: async (input, { actor }) => {
    await addTeamMember(actor, input);
  },
  revalidate: ADMIN,
  message: "Added.",
});

export const removeTeamMemberAction = defineFormAction({
  name: "removeTeamMemberAction",
  schema: removeTeamMemberSchema,
  run: async (input, { actor }) => {
    await removeTeamMember(actor, input);
  },
  revalidate: ADMIN,
});

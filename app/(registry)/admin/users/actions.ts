"use server";

import { formInput } from "@/lib/catalog/form-input";
import { createUserSchema, roleChangeSchema, userIdSchema } from "@/lib/schemas/admin";
import { defineFormAction, type Revalidation } from "@/lib/server/actions/define-action";
import { createUser } from "@/lib/server/admin/create-user";
import { deactivateUser, reactivateUser } from "@/lib/server/admin/set-user-active";
import { grantRole, removeRole } from "@/lib/server/admin/user-roles";

const revalidateUser = ({ userId }: { userId: string }): Revalidation[] => [{ path: "/admin", type: "layout" }, `/admin/users/${userId}`];

export const createUserAction = defineFormAction({
  name: "createUserAction",
  schema: createUserSchema,
  read: (formData) => formInput(formData, { multi: ["roles", "teamIds"] }),
  run: (input, { actor }) => createUser(actor, input),
  uniqueFields: { email: "A user with this email already exists." },
  revalidate: ({ id }) => revalidateUser({ userId: id }),
  redirectTo: ({ id }) => `/admin/users/${id}?created=1`,
});

export const deactivateUserAction = defineFormAction({
  name: "deactivateUserAction",
  schema: userIdSchema,
  run: async (input, { actor }) => {
    await deactivateUser(actor, input);
  },
  revalidate: (_data, input) => revalidateUser(input),
  message: "Deactivated. Their session ends on their next request.",
});

export const reactivateUserAction = defineFormAction({
  name: "reactivateUserAction",
  schema: userIdSchema,
  run: async (input, { actor }) => {
    await reactivateUser(actor, input);
  },
  revalidate: (_data, input) => revalidateUser(input),
  message: "Reactivated. They can sign in again.",
});

export const grantRoleAction = defineFormAction({
  name: "grantRoleAction",
  schema: roleChangeSchema,
  run: async (input, { actor }) => {
    await grantRole(actor, input);
  },
  revalidate: (_data, input) => revalidateUser(input),
});

export const removeRoleAction = defineFormAction({
  name: "removeRoleAction",
  schema: roleChangeSchema,
  run: async (input, { actor }) => {
    await removeRole(actor, input);
  },
  revalidate: (_data, input) => revalidateUser(input),
});

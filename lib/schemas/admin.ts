import { z } from "zod";
import { ORG_ROLES } from "@/lib/policy/capabilities";

/** Shared by the admin forms (hints) and the admin actions (the real check). */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
export const USERS_PAGE_SIZE = 25;

const id = (what: string) => z.uuid({ message: `Choose a ${what}.` });

export const emailField = z
  .string({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }).max(254, { message: "That email address is too long." }));

const optionalName = z
  .string()
  .trim()
  .max(120, { message: "Keep the name under 120 characters." })
  .optional()
  .transform((value) => (value ? value : null));

export const orgRoleField = z.enum(ORG_ROLES, { message: "Choose one of the org roles." });

/**
 * A new user signs in with an initial password an admin sets (at least 12 characters), or is
 * invited: no password, they sign in through OpenID Connect with this email.
 */
export const createUserSchema = z
  .object({
    email: emailField,
    name: optionalName,
    roles: z.array(orgRoleField).default([]),
    teamIds: z.array(id("team")).default([]),
    signIn: z.enum(["password", "invite"], { message: "Choose how this person signs in." }),
    password: z.string().optional(),
  })
  .superRefine((value, context) => {
    if (value.signIn !== "password") return;
    const length = value.password?.length ?? 0;
    if (length < MIN_PASSWORD_LENGTH) {
      context.addIssue({ code: "custom", path: ["password"], message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` });
    } else if (length > MAX_PASSWORD_LENGTH) {
      context.addIssue({ code: "custom", path: ["password"], message: `Use at most ${MAX_PASSWORD_LENGTH} characters.` });
    }
  })
  .transform(({ password, ...rest }) => ({
    ...rest,
    roles: [...new Set(rest.roles)],
    teamIds: [...new Set(rest.teamIds)],
    password: rest.signIn === "password" ? password! : null,
  }));
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const userIdSchema = z.object({ userId: id("user") });
export type UserIdInput = z.infer<typeof userIdSchema>;

export const roleChangeSchema = z.object({ userId: id("user"), role: orgRoleField });
export type RoleChangeInput = z.infer<typeof roleChangeSchema>;

export const userSearchSchema = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).catch(1),
});

const teamName = z
  .string({ message: "Enter a team name." })
  .trim()
  .min(2, { message: "Use at least 2 characters." })
  .max(80, { message: "Keep the name under 80 characters." });

export const TEAM_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const createTeamSchema = z.object({
  name: teamName,
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(60, { message: "Keep the short name under 60 characters." })
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || TEAM_SLUG_PATTERN.test(value), {
      message: "Use lowercase letters, digits and single hyphens, e.g. creative-studio.",
    }),
});
export type CreateTeamInput = z.infer<typeof createTeamSchema>;

export const renameTeamSchema = z.object({ teamId: id("team"), name: teamName });
export type RenameTeamInput = z.infer<typeof renameTeamSchema>;

/** Members are added by email: from the team page (typed) or the user page (the user's own). */
export const addTeamMemberSchema = z.object({ teamId: id("team"), email: emailField });
export type AddTeamMemberInput = z.infer<typeof addTeamMemberSchema>;

export const removeTeamMemberSchema = z.object({ teamId: id("team"), userId: id("user") });
export type RemoveTeamMemberInput = z.infer<typeof removeTeamMemberSchema>;

/** `creative-studio` from "Creative Studio". */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
}

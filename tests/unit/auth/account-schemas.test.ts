import { describe, expect, it } from "vitest";
import { addTeamMemberSchema, createTeamSchema, createUserSchema, roleChangeSchema, slugify } from "@/lib/schemas/admin";
import { createApiTokenSchema } from "@/lib/schemas/tokens";

const TEAM = "5b0c1c55-3f59-4d4e-9a59-2b8f1f0e8a11";

describe("createUserSchema", () => {
  it("accepts a password user, normalising the email and de-duplicating roles and teams", () => {
    const parsed = createUserSchema.parse({
      email: "  Ada@Example.COM ",
      name: " Ada ",
      roles: ["LEGAL_REVIEWER", "LEGAL_REVIEWER"],
      teamIds: [TEAM, TEAM],
      signIn: "password",
      password: "correct horse battery",
    });
    expect(parsed).toEqual({
      email: "ada@example.com",
      name: "Ada",
      roles: ["LEGAL_REVIEWER"],
      teamIds: [TEAM],
      signIn: "password",
      password: "correct horse battery",
    });
  });

  it("accepts an invite with no password and drops a password sent along", () => {
    const parsed = createUserSchema.parse({ email: "sso@example.com", signIn: "invite", password: "ignored password" });
    expect(parsed).toMatchObject({ email: "sso@example.com", name: null, roles: [], teamIds: [], password: null });
  });

  it.each([
    [{ email: "not-an-email", signIn: "invite" }, "email"],
    [{ email: "ada@example.com", signIn: "password", password: "elevenchars" }, "password"],
    [{ email: "ada@example.com", signIn: "password" }, "password"],
    [{ email: "ada@example.com", signIn: "password", password: "x".repeat(201) }, "password"],
    [{ email: "ada@example.com", signIn: "invite", roles: ["SUPERUSER"] }, "roles.0"],
    [{ email: "ada@example.com", signIn: "invite", teamIds: ["creative-studio"] }, "teamIds.0"],
    [{ email: "ada@example.com", signIn: "magic" }, "signIn"],
  ])("refuses %o at %s", (input, path) => {
    const result = createUserSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });

  it("accepts a password of exactly 12 characters", () => {
    expect(createUserSchema.safeParse({ email: "a@example.com", signIn: "password", password: "x".repeat(12) }).success).toBe(true);
  });
});

describe("team and role schemas", () => {
  it("derives nothing itself but validates a given short name", () => {
    expect(createTeamSchema.parse({ name: " Render Farm ", slug: "" })).toEqual({ name: "Render Farm", slug: undefined });
    expect(createTeamSchema.parse({ name: "Render Farm", slug: "Render-Farm" })).toEqual({ name: "Render Farm", slug: "render-farm" });
    expect(createTeamSchema.safeParse({ name: "Render Farm", slug: "render farm" }).success).toBe(false);
    expect(createTeamSchema.safeParse({ name: "R" }).success).toBe(false);
  });

  it("slugifies names into short names", () => {
    expect(slugify("Creative Studio")).toBe("creative-studio");
    expect(slugify("  Équipe  Vidéo / R&D ")).toBe("equipe-video-r-d");
    expect(slugify("!!!")).toBe("");
  });

  it("knows only the four org roles", () => {
    expect(roleChangeSchema.safeParse({ userId: TEAM, role: "ADMIN" }).success).toBe(true);
    expect(roleChangeSchema.safeParse({ userId: TEAM, role: "OWNER" }).success).toBe(false);
  });

  it("adds members by a normalised email", () => {
    expect(addTeamMemberSchema.parse({ teamId: TEAM, email: " Mia@Example.com" })).toEqual({ teamId: TEAM, email: "mia@example.com" });
  });
});

describe("createApiTokenSchema", () => {
  it("defaults to 90 days", () => {
    expect(createApiTokenSchema.parse({ name: "ci" })).toEqual({ name: "ci", expiresInDays: 90 });
    expect(createApiTokenSchema.parse({ name: "ci", expiresInDays: "" })).toEqual({ name: "ci", expiresInDays: 90 });
  });

  it.each([
    ["1", 1],
    ["365", 365],
  ])("accepts %s days", (days, expected) => {
    expect(createApiTokenSchema.parse({ name: "ci", expiresInDays: days }).expiresInDays).toBe(expected);
  });

  it.each(["0", "366", "1.5", "soon"])("refuses %s days", (days) => {
    expect(createApiTokenSchema.safeParse({ name: "ci", expiresInDays: days }).success).toBe(false);
  });

  it("needs a name", () => {
    expect(createApiTokenSchema.safeParse({ name: "   " }).success).toBe(false);
  });
});

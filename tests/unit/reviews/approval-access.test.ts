import { describe, expect, it } from "vitest";
import { canReadApproval, type Actor } from "@/lib/policy/capabilities";

const person = (roles: Actor["roles"], teamIds: string[] = []): Actor => ({ id: "u", active: true, roles, teamIds });

describe("canReadApproval (the approval's notice)", () => {
  it.each<[string, Actor | null, string | null, boolean]>([
    ["anyone signed in, for an every-team approval", person([]), null, true],
    ["a member of the approval's team", person([], ["team-a"]), "team-a", true],
    ["a member of another team", person([], ["team-b"]), "team-a", false],
    ["a legal reviewer of no team", person(["LEGAL_REVIEWER"]), "team-a", true],
    ["a technical reviewer of no team", person(["TECH_REVIEWER"]), "team-a", true],
    ["an auditor", person(["AUDITOR"]), "team-a", true],
    ["an admin", person(["ADMIN"]), "team-a", true],
    ["nobody signed in", null, null, false],
    ["a deactivated user", { ...person([], ["team-a"]), active: false }, "team-a", false],
  ])("%s", (_name, actor, teamId, allowed) => {
    expect(canReadApproval(actor, { teamId }).allowed).toBe(allowed);
  });
});

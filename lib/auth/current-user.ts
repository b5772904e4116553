import type { Actor, OrgRole } from "@/lib/policy/capabilities";

/** The signed-in user as pages show them: read per request by lib/server/auth/current-user.ts. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string | null;
  roles: OrgRole[];
  teams: { id: string; slug: string; name: string }[];
}

/** The user as the policy sees them; `null` (nobody signed in) stays null. */
export function toActor(user: CurrentUser | null): Actor | null {
  return user ? { id: user.id, email: user.email, active: true, roles: user.roles, teamIds: user.teams.map((team) => team.id) } : null;
}

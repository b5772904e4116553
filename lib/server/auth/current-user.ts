import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { toActor, type CurrentUser } from "@/lib/auth/current-user";
import type { Actor, Decision, OrgRole } from "@/lib/policy/capabilities";
import { sessionCookieUserId } from "@/lib/server/auth/session-cookie";
import { hotPathRows } from "@/lib/server/db/hot-path-sql";
import { Prisma } from "@/lib/server/generated/prisma/client";
import { UnauthenticatedError } from "@/lib/server/errors";

// The types and the pure mapping live in lib/auth (components import them); re-exported for the server side.
export { toActor, type CurrentUser };

/** The user id of the session cookie, whether or not that user may still use the registry. */
const sessionUserId = cache(sessionCookieUserId);

interface SignedIn {
  user: CurrentUser;
  unreadNotifications: number;
}

/**
 * The signed-in user, re-read from the database on every request: a deactivated user, or one
 * whose roles changed, is treated accordingly on their very next request. Every signed-in page
 * pays for this read, so it is one prepared statement, which also counts the header's unread
 * notifications.
 */
const loadSignedIn = cache(async (): Promise<SignedIn | null> => {
  const id = await sessionUserId();
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await hotPathRows<Omit<CurrentUser, "roles"> & { roles: string[]; active: boolean; unread: number }>(Prisma.sql`
    SELECT u.id::text AS id, u.email, u.name, u.roles::text[] AS roles, u.active,
           coalesce((SELECT json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name) ORDER BY t.name)
                     FROM "Membership" m JOIN "Team" t ON t.id = m."teamId" WHERE m."userId" = u.id), '[]'::json) AS teams,
           (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS unread
    FROM "User" u
    WHERE u.id = ${id}::uuid`);
  if (!row || !row.active) return null;
  return {
    user: { id: row.id, email: row.email, name: row.name, roles: row.roles as OrgRole[], teams: row.teams },
    unreadNotifications: row.unread,
  };
});

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await loadSignedIn())?.user ?? null;
}

/** The header's badge: the signed-in user's unread notifications, read with the user (0 when signed out). */
export async function getUnreadNotificationCount(): Promise<number> {
  return (await loadSignedIn())?.unreadNotifications ?? 0;
}

/**
 * For pages: the signed-in user, or a redirect to the sign-in page that comes back here. A session
 * whose user was deactivated (or removed) ends here, on its very next request, with a message.
 */
export async function requireUser(returnTo = "/"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const ended = (await sessionUserId()) !== null;
    redirect(`/sign-in?${ended ? "error=SessionEnded&" : ""}callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return user;
}

/** For pages: the signed-in user if the policy allows, else the 403 page. */
export async function requirePageAccess(check: (actor: Actor) => Decision, returnTo = "/"): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!check(toActor(user)!).allowed) forbidden();
  return user;
}

/** For server actions: the signed-in user and their policy actor, or a typed error. */
export async function requireActionUser(): Promise<{ user: CurrentUser; actor: Actor }> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthenticatedError("Your session has ended. Sign in again.");
  return { user, actor: toActor(user)! };
}

import { describe, expect, it, vi } from "vitest";
import { canManageUsers } from "@/lib/policy/capabilities";
import { grantRole } from "@/lib/server/admin/user-roles";
import { deactivateUser } from "@/lib/server/admin/set-user-active";
import { getCurrentUser, getUnreadNotificationCount, requireActionUser, requirePageAccess, requireUser } from "@/lib/server/auth/current-user";
import { prisma } from "@/lib/server/db/prisma";
import { UnauthenticatedError } from "@/lib/server/errors";
import { createPerson, createTeamRow } from "./support/people";

// The session cookie names a user id; everything else is re-read from the database on every
// request. next-auth's getServerSession (the cookie) is the only thing replaced here.
const session = vi.hoisted(() => {
  // What next.config.ts's experimental.authInterrupts sets in the app: forbidden() renders the 403 page.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { userId: null as string | null };
});
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-auth")>()),
  getServerSession: async () => (session.userId ? { user: { id: session.userId }, expires: new Date(Date.now() + 3_600_000).toISOString() } : null),
}));

/** What next/navigation threw: a redirect's target, or the HTTP fallback status (403 for forbidden()). */
async function interrupt(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    const redirect = /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(digest);
    if (redirect) return `redirect ${redirect[1]}`;
    const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)/.exec(digest);
    if (fallback) return `status ${fallback[1]}`;
    throw error;
  }
  return "no interrupt";
}

describe("the session on every request", () => {
  it("sees role and team changes on the next request", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const team = await createTeamRow(prisma);
    const person = await createPerson(prisma, { teamIds: [team.id] });
    session.userId = person.user.id;

    expect(await getCurrentUser()).toMatchObject({ id: person.user.id, roles: [], teams: [{ id: team.id }] });
    await grantRole(admin.actor, { userId: person.user.id, role: "LEGAL_REVIEWER" });
    expect((await getCurrentUser())?.roles).toEqual(["LEGAL_REVIEWER"]);
    expect((await requireActionUser()).actor).toEqual({
      id: person.user.id,
      email: person.user.email,
      active: true,
      roles: ["LEGAL_REVIEWER"],
      teamIds: [team.id],
    });
  });

  it("ends a deactivated user's session on their next request: pages send them to sign in, actions refuse", async () => {
    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    const person = await createPerson(prisma);
    session.userId = person.user.id;
    expect(await requireUser("/reviews")).toMatchObject({ id: person.user.id });

    await deactivateUser(admin.actor, { userId: person.user.id });

    expect(await getCurrentUser()).toBeNull();
    expect(await interrupt(() => requireUser("/reviews"))).toBe("redirect /sign-in?error=SessionEnded&callbackUrl=%2Freviews");
    await expect(requireActionUser()).rejects.toBeInstanceOf(UnauthenticatedError);
  });

  it("sends anonymous visitors to sign in without a message, and shows a member the 403 page for admin pages", async () => {
    session.userId = null;
    expect(await interrupt(() => requireUser("/admin"))).toBe("redirect /sign-in?callbackUrl=%2Fadmin");
    await expect(requireActionUser()).rejects.toBeInstanceOf(UnauthenticatedError);

    const member = await createPerson(prisma);
    session.userId = member.user.id;
    expect(await interrupt(() => requirePageAccess(canManageUsers, "/admin"))).toBe("status 403");

    const admin = await createPerson(prisma, { roles: ["ADMIN"] });
    session.userId = admin.user.id;
    expect(await interrupt(() => requirePageAccess(canManageUsers, "/admin"))).toBe("no interrupt");
  });

  it("reads the header's unread count with the user: the signed-in user's own unread notifications, 0 when signed out", async () => {
    const person = await createPerson(prisma);
    const other = await createPerson(prisma);
    await prisma.notification.createMany({
      data: [
        { userId: person.user.id, kind: "TEST", title: "unread 1" },
        { userId: person.user.id, kind: "TEST", title: "unread 2" },
        { userId: person.user.id, kind: "TEST", title: "read", readAt: new Date() },
        { userId: other.user.id, kind: "TEST", title: "someone else's" },
      ],
    });
    session.userId = person.user.id;
    expect(await getUnreadNotificationCount()).toBe(2);

    await prisma.notification.updateMany({ where: { userId: person.user.id, title: "unread 1" }, data: { readAt: new Date() } });
    expect(await getUnreadNotificationCount()).toBe(1);

    session.userId = null;
    expect(await getUnreadNotificationCount()).toBe(0);
  });
});

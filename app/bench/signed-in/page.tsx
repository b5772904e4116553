import { notFound } from "next/navigation";
import { connection } from "next/server";
import { SiteHeader } from "@/components/layout/site-header";
import { getUnreadNotificationCount, requireUser } from "@/lib/server/auth/current-user";
import { benchRoutesEnabled } from "@/lib/server/bench-routes";

// A reference of `npm run bench`, not a target: what every signed-in page pays before its own
// content — the session, the user re-read from the database and the registry's header, as
// app/(registry)/layout.tsx does. Not linked from the UI; 404 unless the bench started the server.
export default async function SignedInEmptyPage() {
  await connection();
  if (!benchRoutesEnabled()) notFound();
  const user = await requireUser("/bench/signed-in");
  const unreadNotifications = await getUnreadNotificationCount();
  return (
    <>
      <SiteHeader user={user} unreadNotifications={unreadNotifications} />
      <main className="mx-auto max-w-7xl px-4 py-6">ok</main>
    </>
  );
}

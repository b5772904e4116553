import { SiteHeader } from "@/components/layout/site-header";
import { getUnreadNotificationCount, requireUser } from "@/lib/server/auth/current-user";

export default async function RegistryLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unreadNotifications = await getUnreadNotificationCount();
  return (
    <>
      <SiteHeader user={user} unreadNotifications={unreadNotifications} />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}

import { SiteHeader } from "@/components/layout/site-header";
import { requireUser } from "@/lib/server/auth/current-user";
import { countUnreadNotifications } from "@/lib/server/notifications/queries";

export default async function RegistryLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const unreadNotifications = await countUnreadNotifications(user.id);
  return (
    <>
      <SiteHeader user={user} unreadNotifications={unreadNotifications} />
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}

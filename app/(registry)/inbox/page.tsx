import type { Metadata } from "next";
import Link from "next/link";
import { getUnreadNotificationCount, requireUser } from "@/lib/server/auth/current-user";
import { listNotifications } from "@/lib/server/notifications/queries";
import { MarkAllReadButton, MarkReadButton } from "./read-buttons";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Inbox" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser("/inbox");
  const page = Number((await searchParams).page ?? 1) || 1;
  const inbox = await listNotifications(user.id, page);
  // The same count as the header's badge: read with the user, once per request.
  const unread = await getUnreadNotificationCount();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <PageHeader
        title="Inbox"
        description={`${unread === 0 ? "Nothing unread." : `${unread} unread.`} Requests waiting for your review, and decisions on yours.`}
        actions={unread > 0 && <MarkAllReadButton />}
      />
      {inbox.notifications.length === 0 ? (
        <EmptyState>Your inbox is empty.</EmptyState>
      ) : (
        <ul aria-label="Notifications" className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {inbox.notifications.map((notification) => (
            <li key={notification.id} className={`flex items-start gap-3 px-4 py-3 text-sm ${notification.read ? "" : "bg-indigo-50/40"}`}>
              <span aria-hidden="true" className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${notification.read ? "bg-transparent" : "bg-indigo-600"}`} />
              <div className="flex-1">
                <p className={notification.read ? "" : "font-semibold"}>
                  {notification.link ? <Link href={notification.link}>{notification.title}</Link> : notification.title}
                  {!notification.read && <span className="sr-only"> (unread)</span>}
                </p>
                {notification.body && <p className="text-slate-600">{notification.body}</p>}
                <p className="text-xs text-slate-500">{notification.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</p>
              </div>
              {!notification.read && <MarkReadButton id={notification.id} title={notification.title} />}
            </li>
          ))}
        </ul>
      )}
      {inbox.pageCount > 1 && (
        <nav aria-label="Pagination" className="flex justify-between text-sm">
          <span>
            Page {inbox.page} of {inbox.pageCount}
          </span>
          <span className="flex gap-3">
            {inbox.page > 1 && <Link href={{ pathname: "/inbox", query: { page: inbox.page - 1 } }}>Newer</Link>}
            {inbox.page < inbox.pageCount && <Link href={{ pathname: "/inbox", query: { page: inbox.page + 1 } }}>Older</Link>}
          </span>
        </nav>
      )}
    </div>
  );
}

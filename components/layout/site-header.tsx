import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { SignOutButton } from "@/components/layout/sign-out-button";
import {
  canCheckImages,
  canManageUsers,
  canReadAudit,
  canReadOverview,
  canReadReviewQueue,
  canRecordOrganisationFacts,
  canSubmit,
  ORG_ROLE_LABELS,
} from "@/lib/policy/capabilities";
import { toActor, type CurrentUser } from "@/lib/auth/current-user";

export function SiteHeader({ user, unreadNotifications = 0 }: { user: CurrentUser; unreadNotifications?: number }) {
  const actor = toActor(user);
  const links = [
    { href: "/", label: "Browse", show: true },
    { href: "/overview", label: "Overview", show: canReadOverview(actor).allowed },
    { href: "/submit", label: "Submit", show: canSubmit(actor).allowed },
    { href: "/check-image", label: "Check an image", show: canCheckImages(actor).allowed },
    { href: "/reviews", label: "Review queue", show: canReadReviewQueue(actor).allowed },
    { href: "/audit", label: "Audit", show: canReadAudit(actor).allowed },
    { href: "/settings/organisation", label: "Organisation", show: canRecordOrganisationFacts(actor).allowed },
    { href: "/admin", label: "Admin", show: canManageUsers(actor).allowed },
  ].filter((link) => link.show);

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-slate-900 no-underline hover:no-underline">
          Checkpoint Registry
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-4 text-sm">
          {links.map((link) => (
            <Link key={link.href} href={link.href}>
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
          {/* "Inbox, 2 unread" for screen readers; the badge shows the count to the eye. */}
          <Link href="/inbox" className="relative">
            <span className="sr-only">{`Inbox, ${unreadNotifications} unread`}</span>
            <span aria-hidden="true">Inbox</span>
            {unreadNotifications > 0 && (
              <span aria-hidden="true" className="ml-1 rounded-full bg-indigo-600 px-1.5 py-0.5 text-xs font-semibold text-white">
                {unreadNotifications}
              </span>
            )}
          </Link>
          <Link href="/settings/tokens">API tokens</Link>
          <span className="flex min-w-0 flex-wrap items-center gap-2" data-testid="signed-in-user">
            <span className="font-medium break-all">{user.name ?? user.email}</span>
            {user.roles.map((role) => (
              <Badge key={role} tone="info">
                {ORG_ROLE_LABELS[role]}
              </Badge>
            ))}
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}

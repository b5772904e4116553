"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/**
 * Client-side navigation for the plain links inside, with one handler for all of them. Each
 * `next/link` is a client component of its own, rendered and hydrated per link: on the browse page
 * (25 result rows, the selection guide, the pages) that was a tenth of the server's work per
 * request. The links are ordinary anchors, so they work before hydration and without JavaScript
 * (a full page load), open in a new tab with a modifier key, and are reached and followed with the
 * keyboard like any link (Enter on a link is a click on it).
 */
export function DelegatedLinks({ className, children }: { className?: string; children: ReactNode }) {
  const router = useRouter();
  const navigate = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.target instanceof Element ? event.target.closest("a") : null;
    if (!anchor || !event.currentTarget.contains(anchor) || anchor.target || anchor.hasAttribute("download")) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(`${url.pathname}${url.search}${url.hash}`);
  };
  return (
    <div className={className} onClick={navigate}>
      {children}
    </div>
  );
}

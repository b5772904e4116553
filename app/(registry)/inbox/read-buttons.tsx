"use client";

import { useTransition } from "react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

const buttonClass = "rounded-md border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50 disabled:opacity-60";

export function MarkReadButton({ id, title }: { id: string; title: string }) {
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      disabled={pending}
      className={buttonClass}
      // The visible words first: a speech-input user says what they see (WCAG 2.5.3).
      aria-label={`Mark read: “${title}”`}
      onClick={() => startTransition(async () => void (await markNotificationReadAction(id)))}
    >
      {pending ? "Marking…" : "Mark read"}
    </button>
  );
}

export function MarkAllReadButton() {
  const [pending, startTransition] = useTransition();
  return (
    <button type="button" disabled={pending} className={buttonClass} onClick={() => startTransition(async () => void (await markAllNotificationsReadAction()))}>
      {pending ? "Marking…" : "Mark all read"}
    </button>
  );
}

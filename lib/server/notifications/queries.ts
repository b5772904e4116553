import "server-only";
import { prisma } from "@/lib/server/db/prisma";

export const INBOX_PAGE_SIZE = 30;

export interface InboxNotification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: Date;
  read: boolean;
}

export interface InboxPage {
  notifications: InboxNotification[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listNotifications(userId: string, page = 1): Promise<InboxPage> {
  const total = await prisma.notification.count({ where: { userId } });
  const pageCount = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page) || 1), pageCount);
  const rows = await prisma.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * INBOX_PAGE_SIZE,
    take: INBOX_PAGE_SIZE,
    select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
  return {
    notifications: rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null })),
    total,
    page: current,
    pageCount,
  };
}

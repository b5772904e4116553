import { canReadReviewQueue } from "@/lib/policy/capabilities";
import { requirePageAccess } from "@/lib/server/auth/current-user";

// The access check sits here, above loading.tsx: once the loading boundary has started the
// response its status is 200, so a refusal made in the page would be a 403 page served as 200.
export default async function ReviewQueueLayout({ children }: { children: React.ReactNode }) {
  await requirePageAccess(canReadReviewQueue, "/reviews");
  return children;
}

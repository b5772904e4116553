import { forbidden, notFound } from "next/navigation";
import { requireUser, toActor } from "@/lib/server/auth/current-user";
import { getReviewRequestAccess } from "@/lib/server/reviews/request-access";

// The access check sits here, above loading.tsx: once the loading boundary has started the
// response its status is 200, so another team's request would be a 403 page served as 200.
export default async function ReviewRequestLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/reviews/${id}`);
  const access = await getReviewRequestAccess(id, toActor(user)!);
  if (access === "not-found") notFound();
  if (access === "forbidden") forbidden();
  return children;
}

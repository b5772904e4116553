import { notFound } from "next/navigation";
import { connection } from "next/server";
import { benchRoutesEnabled } from "@/lib/server/bench-routes";

// The floor of `npm run bench`: a dynamic page that does nothing, rendered by the same app (root
// layout, fonts, CSS) as the pages measured against it. Not linked from the UI; 404 unless the
// bench started the server.
export default async function EmptyDynamicPage() {
  await connection();
  if (!benchRoutesEnabled()) notFound();
  return <p>ok</p>;
}

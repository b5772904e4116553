import { connection } from "next/server";

// The floor of `npm run bench`: a dynamic page that does nothing, rendered by the same app (root
// layout, fonts, CSS) as the pages measured against it. Not linked from the UI.
export default async function EmptyDynamicPage() {
  await connection();
  return <p>ok</p>;
}

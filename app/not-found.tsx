import { NotFoundMessage } from "@/components/layout/not-found-message";

/** An address no route matches: rendered in the root layout only, so it is the page's one <main>. */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-20 text-center">
      <NotFoundMessage />
    </main>
  );
}

import { NotFoundMessage } from "@/components/layout/not-found-message";

/** notFound() from a registry page (an unknown checkpoint, say): inside the layout's <main>, so not a second one. */
export default function RegistryNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-20 text-center">
      <NotFoundMessage />
    </div>
  );
}

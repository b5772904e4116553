/** A titled card section of a page; `action` sits at the right of the title (e.g. a "New …" link). */
export function Panel({ id, title, action, children }: { id: string; title: string; action?: React.ReactNode; children: React.ReactNode }) {
  const heading = (
    <h2 id={`${id}-heading`} className="text-lg font-semibold">
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {action ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}

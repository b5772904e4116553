import Link from "next/link";

export default function RegistryLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-slate-900 no-underline hover:no-underline">
            Checkpoint Registry
          </Link>
          <nav aria-label="Main" className="flex gap-4 text-sm">
            <Link href="/">Browse</Link>
          </nav>
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </>
  );
}

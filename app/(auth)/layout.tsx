export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4">
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-lg font-semibold">Checkpoint Registry</p>
        {children}
      </div>
    </main>
  );
}

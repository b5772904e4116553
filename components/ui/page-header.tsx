import type { ReactNode } from "react";

/** The one look of a page's title (the error pages use it alone). */
export function PageTitle({ children, className }: { children: ReactNode; className?: string }) {
  return <h1 className={`text-2xl font-semibold ${className ?? ""}`}>{children}</h1>;
}

/**
 * The top of every registry page: where it sits (`trail`: breadcrumbs or a back link), its title with
 * any badges beside it, a line that says what the page is for, and its actions at the right.
 */
export function PageHeader({
  title,
  description,
  trail,
  badges,
  actions,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  trail?: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
  /** Further lines under the description (a notice, a waiting-on line). */
  children?: ReactNode;
}) {
  return (
    <header className="space-y-2">
      {trail}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          {badges ? (
            <div className="flex flex-wrap items-center gap-3">
              <PageTitle>{title}</PageTitle>
              {badges}
            </div>
          ) : (
            <PageTitle>{title}</PageTitle>
          )}
          {description && <p className="text-sm text-slate-600">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-3">{actions}</div>}
      </div>
      {children}
    </header>
  );
}

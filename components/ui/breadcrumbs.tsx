import Link from "next/link";

type Crumb = { href?: string; label: string };

/**
 * "Admin / Catalog / Illustrious XL": where a page sits, with a way back. Admin pages start at Admin
 * (the default `root`); other pages pass `root={null}` and start at their list. An item without href
 * is the current page.
 */
export function Breadcrumbs({ trail, root = { href: "/admin", label: "Admin" } }: { trail: Crumb[]; root?: Crumb | null }) {
  const [first, ...rest] = root ? [root, ...trail] : trail;
  if (!first) return null;
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        <li>{first.href ? <Link href={first.href}>{first.label}</Link> : <span aria-current="page">{first.label}</span>}</li>
        {rest.map((item) => (
          <li key={item.label} className="flex items-center gap-1">
            <span aria-hidden="true">/</span>
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

import Link from "next/link";

/**
 * "Admin / Catalog / Illustrious XL": where an admin page sits, with a way back. Every page with
 * breadcrumbs sits under Admin, so the trail starts there; an item without href is the current page.
 */
export function Breadcrumbs({ trail }: { trail: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        <li>
          <Link href="/admin">Admin</Link>
        </li>
        {trail.map((item) => (
          <li key={item.label} className="flex items-center gap-1">
            <span aria-hidden="true">/</span>
            {item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

import type { Breadcrumb } from '@/fiches/breadcrumbs'

/** Where this fiche sits in the rubriek tree; every step but the last browses the search from there. */
export function Breadcrumbs({ kruimels }: { kruimels: readonly Breadcrumb[] }) {
  return (
    <nav aria-label="Kruimelpad" className="kruimelpad">
      <ol>
        {kruimels.map((k, i) => (
          <li key={`${i}-${k.naam}`}>
            {k.href ? <a href={k.href}>{k.naam}</a> : <span aria-current="page">{k.naam}</span>}
          </li>
        ))}
      </ol>
    </nav>
  )
}

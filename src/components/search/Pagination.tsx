import type { SearchParams } from '@/search/params'

import { searchHref } from './links'

/** The page numbers to show: the first, the last and two either side of the current one, gaps as null. */
export function pageNumbers(huidig: number, totaal: number): (number | null)[] {
  const nummers: (number | null)[] = []
  for (let n = 1; n <= totaal; n++) {
    if (n === 1 || n === totaal || Math.abs(n - huidig) <= 2) nummers.push(n)
    else if (nummers.at(-1) !== null) nummers.push(null)
  }
  return nummers
}

/** Previous / next and page numbers, as plain links (rel prev/next, aria-current on this page). */
export function Pagination({
  params,
  pagina,
  paginas,
}: {
  params: SearchParams
  pagina: number
  paginas: number
}) {
  if (paginas <= 1) return null
  const naar = (n: number) => searchHref(params, { pagina: n })
  return (
    <nav className="paginering" aria-label="Paginering">
      <ul>
        {pagina > 1 && (
          <li>
            <a href={naar(pagina - 1)} rel="prev">
              <span aria-hidden="true">‹ </span>Vorige
              <span className="visueel-verborgen"> pagina</span>
            </a>
          </li>
        )}
        {pageNumbers(pagina, paginas).map((n, i) =>
          n === null ? (
            <li key={`gat-${i}`} className="gat" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <a
                href={naar(n)}
                aria-current={n === pagina ? 'page' : undefined}
                aria-label={`Pagina ${n}`}
              >
                {n}
              </a>
            </li>
          ),
        )}
        {pagina < paginas && (
          <li>
            <a href={naar(pagina + 1)} rel="next">
              Volgende<span className="visueel-verborgen"> pagina</span>
              <span aria-hidden="true"> ›</span>
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}

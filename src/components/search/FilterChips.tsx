import type { SearchParams } from '@/search/params'

import type { ActiveFilter } from './active-filters'
import { SEARCH_PATH, searchHref } from './links'

/** The active filters, each a link that removes just that one, and one that clears them all. */
export function FilterChips({
  params,
  filters,
}: {
  params: SearchParams
  filters: ActiveFilter[]
}) {
  if (filters.length === 0) return null
  return (
    <section className="filterchips" aria-labelledby="filterchips-titel">
      <h2 id="filterchips-titel" className="visueel-verborgen">
        Actieve filters
      </h2>
      <ul>
        {filters.map((filter) => (
          <li key={filter.sleutel}>
            <a
              className="chip"
              href={searchHref(params, filter.zonder)}
              aria-label={`Filter ${filter.label} verwijderen`}
            >
              <span>{filter.label}</span>
              <span className="chip-kruis" aria-hidden="true">
                ×
              </span>
            </a>
          </li>
        ))}
      </ul>
      <a className="alles-wissen" href={SEARCH_PATH}>
        Alle filters wissen
      </a>
    </section>
  )
}
